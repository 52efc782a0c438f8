a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, h = "xy"
print(g, h)
i, j, k = range(3)
print(i, j, k)
m, n = {"first": 1, "second": 2}
print(m, n)
p, = [42]
print(p)
(q,) = (43,)
print(q)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
it = iter([7, 8])
r, s = it
print(r, s)
