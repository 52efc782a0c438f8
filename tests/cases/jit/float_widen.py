# Float arithmetic whose boxed operands are speculated to be floats: an int (or a bool, or
# a big int) arriving later leaves compiled code, and the site is recompiled to convert ints
# (CPython's int/float mixes) instead of leaving again. Results must not change.
import math


def scale(xs, k):
    out = 0.0
    for x in xs:
        out += x * k
        out -= x / 3
    return out


floats = [i * 0.25 for i in range(200)]
mixed = [i if i % 3 else i * 0.5 for i in range(200)]
print(scale(floats, 1.5))
for _ in range(30):
    r = scale(floats, 2.0)
print(r)
for _ in range(30):
    r = scale(mixed, 2.0)
print(r)
print(scale(floats, 3))
print(scale(mixed, True))
print(scale([1.0, 2.0, 10**30], 0.5))
try:
    scale([1.0, 2.0, 10**400], 0.5)
except OverflowError as e:
    print("OverflowError", e)
try:
    scale([1.0, "x"], 0.5)
except TypeError as e:
    print("TypeError", e)


def pairs(ps):
    d = 0.0
    for a, b in ps:
        d += (a - b) * (a + b)
        d = d * 0.5 if d > 1e6 else d
    return d


ps = [(i * 1.5, i * 0.5) for i in range(100)]
for _ in range(40):
    v = pairs(ps)
print(v)
ps[50] = (7, 2)
print(pairs(ps))
ps[60] = (7, 2.5)
for _ in range(20):
    v = pairs(ps)
print(v)
print(math.fsum(x * 0.1 for x in range(100)))
