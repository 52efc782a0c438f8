# Uncaught TypeError: unhashable element in a set
unique = set()
for row in [(1, 2), (3, 4), (1, 2), "ab", frozenset({4})]:
    unique.add(row)
    print(len(unique), repr(row))
print((1, 2) in unique, (9, 9) in unique)
try:
    {1, 2} | {[3]}
except TypeError as e:
    print("caught:", e)
unique.add([5, 6])
print("never printed")
