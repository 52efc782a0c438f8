r = a + b - c * d / e // f % g ** h
s = a << 1 | b >> 2 & c ^ ~d
t = -a, +b, not c
u = a < b <= c
v = a is None, a is not None, a in b, a not in b
w = x if cond else y
z = a and b or c
k = 1 + 2 * 3
j = 2 ** 100
m = "abc"[1]
n = x in [1, 2, 3]
o = x in {1, 2, 3}
