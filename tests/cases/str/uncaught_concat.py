# Uncaught TypeError concatenating str and int
count = 3
label = "items: "
print(label + str(count))
print(label + f"{count}")
print(label + "%d" % count)
print(label + format(count, "03"))
print(label * 2 + repr(count))
print(str(count) + label)
print(label + count)
