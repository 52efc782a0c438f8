# Uncaught ValueError from unpacking
pairs = [(1, 2), (3, 4), [5, 6], "ab", (5, 6, 7)]
first, *others = pairs
print(first, len(others))
try:
    x, y = [1]
except ValueError as e:
    print("caught:", e)
for a, b in pairs:
    print(repr(a), repr(b), a * 2)
print("never printed")
