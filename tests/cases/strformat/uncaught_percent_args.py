# Uncaught TypeError: too few arguments for % formatting
row = ("x", 1)
print("%s=%d" % row)
print("%s=%r" % row)
print("%-5s|%5d|" % row)
print("%(k)s" % {"k": row})
print("%s" % (row,))
try:
    print("%s" % row)
except TypeError as e:
    print("caught:", e)
print("%s=%d (%s)" % row)
