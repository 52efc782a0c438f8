x = 1
y = z = x + 2
a, b = b, a
a, b, c = c, b, a
first, *rest = [1, 2, 3]
*init, last = range(5)
(p, q), r = (1, 2), 3
d = {}
d["k"] = 5
obj.attr = d
x += 1
obj.count += 1
d["k"] *= 2
del x
del d["k"], obj.attr
t = 1, 2, 3
n = -1
s = "ab" * 3
big = 0xFFFF_FFFF_FFFF_FFFF_FF
