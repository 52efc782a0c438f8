# Uncaught TypeError: unsupported operand type(s) for +
total = 0
print(1 + 2.5, 1 + True, 1 + 2j, "a" + "b", [1] + [2])
try:
    None + 1
except TypeError as e:
    print("caught:", e)
for x in [1, 2, 3.5, True, "3"]:
    total = total + x
    print(repr(x), total)
print("never printed")
