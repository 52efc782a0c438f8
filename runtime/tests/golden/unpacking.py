a, b = 1, 2
a, b, c = x
[a, b] = y
a, *b, c = z
for k, v in items:
    pass
for i, (j, k) in enumerate(pairs):
    pass
