print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[r * c for c in range(3)] for r in range(3)])
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words], [w[0] for w in words if len(w) > 4])
print([i for i in []])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print([list(t) for t in zip(*matrix)])
