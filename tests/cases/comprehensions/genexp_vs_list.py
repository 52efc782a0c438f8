g = (x for x in range(3))
l = [x for x in range(3)]
print(type(g).__name__, type(l).__name__)
print(sum(g), sum(g), sum(l), sum(l))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(tuple(x * x for x in range(4)), set(x % 2 for x in range(4)))
print(dict((k, v) for k, v in [("a", 1)]))
print(min(x for x in [5, 3, 8]), "-".join(str(x) for x in range(3)))
