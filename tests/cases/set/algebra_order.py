# Iteration order of int sets after algebra: follows CPython's table sizes and copy/merge rules
a = {9, 2, 17, 33, 41}
b = {2, 50, 66, 9}
print(a, b, a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [100, 18]), a.intersection(b, range(10)), a.difference(b, [41]), a.symmetric_difference([1, 17, 25]))
c = set(range(40))
c -= set(range(3, 37))
print(c, len(c))
d = set(range(0, 200, 8))
d &= {8, 16, 24, 64, 128, 199}
print(d)
e = {1, 65, 129}
e |= {193, 2}
e ^= {65, 257}
print(e)
f = set(range(30))
for x in range(0, 30, 2):
    f.discard(x)
f.add(32)
f.add(64)
print(f, [f.pop() for _ in range(4)], f)
g = frozenset([8, 16, 24, 1])
print(g, set(g), {*g, 40}, set(g) | {72}, g | {72}, {72} | g)
h = {k: None for k in [33, 1, 17, 65]}
print(set(h), set(h.keys()), {3, 5} | h.keys(), h.keys() - {1}, set(h.items()) == {(33, None), (1, None), (17, None), (65, None)})
big = set(range(100))
small = {99, 1, 50}
print(big & small, small & big, small - big, big.isdisjoint(small), small.issubset(big), big.issuperset(small))
print(set([17, 1, 9, 25]), set((25, 9, 1, 17)), {25, 9, 1, 17}, set(x for x in [17, 1, 9, 25]))
