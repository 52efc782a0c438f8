(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, [2, (3, 4)]
print(x, y, z, w)
[p, [q, *r]] = [0, [1, 2, 3]]
print(p, q, r)
data = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (s1, s2) in data:
    print(n, s1 + s2)
lst = [0, 0, 0]
lst[0], (lst[1], lst[2]) = 9, (8, 7)
print(lst)
d = {}
(d["a"], d["b"]), d["c"] = "xy", "z"
print(d)
