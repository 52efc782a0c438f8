a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*h, t = "hello"
print(h, t)
first, *rest = range(4)
print(first, rest)
x, *y = [1]
print(x, y)
*z, = (1, 2)
print(z)
p, *q, r, s = 1, 2, 3
print(p, q, r, s)
[m, *n] = "ab"
print(m, n, type(n).__name__)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
print([*range(3), *"ab"])
print((*[1, 2], 3))
print({*[1, 1, 2]})
