# Uncaught TypeError: too few arguments for % formatting
row = ("x", 1)
print("%s=%d" % row)
print("%s=%d (%s)" % row)
