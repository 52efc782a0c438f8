# Uncaught TypeError: unhashable element in a set
unique = set()
for row in [(1, 2), (3, 4), [5, 6]]:
    unique.add(row)
    print(len(unique))
