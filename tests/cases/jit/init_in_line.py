# Calling a class whose __init__ only stores its parameters in __slots__ members makes the
# instance and stores the values in compiled code, with no call; everything the call could
# show stays as in CPython: reference counts, the release of unused arguments, a profiler
# seeing __init__, and a class or __init__ changed while the code runs.
import sys


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Odd:
    __slots__ = ("a", "b", "me", "c", "d", "e")

    def __init__(self, a, b, unused):
        self.a = a
        self.b = a
        self.me = self
        self.e = b


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def points(n):
    s = 0.0
    for i in range(n):
        p = P(i * 0.5, i)
        s += p.x + p.y
    return s


print(points(3000))


def odd(n):
    out = None
    for i in range(n):
        out = Odd(i, [i], None)
    return out.a, out.b, out.e, out.me is out, hasattr(out, "c")


print(odd(3000))

# Counts: the instance holds one reference per store, the arguments none besides.
marker = object()
before = sys.getrefcount(marker)


def keep(n):
    kept = []
    for i in range(n):
        kept.append(P(marker, marker))
    return kept


k = keep(2000)
print(sys.getrefcount(marker) - before)
del k
print(sys.getrefcount(marker) - before)


def unused(n):
    for i in range(n):
        Odd(1, 2, Noisy(i) if i % 1000 == 999 else None)


unused(3000)
print("after unused")


# A profiler sees every __init__ call, also from compiled code.
import cProfile
import pstats


def under_profile(n):
    out = 0
    for i in range(n):
        out += P(i, 1).x
    return out


under_profile(3000)
pr = cProfile.Profile()
pr.runcall(under_profile, 7)
for (file, line, name), (cc, nc, tt, ct, callers) in sorted(pstats.Stats(pr).stats.items()):
    if name in ("__init__", "under_profile"):
        print("profiled", name, nc)


# The class or its __init__ changed while compiled code uses them.
def build(n):
    return [P(i, -i) for i in range(n)][-1]


def check(p):
    return (p.x, p.y) if hasattr(p, "y") else (p.x,)


print(check(build(3000)))


def init2(self, x, y):
    self.x = x * 10
    self.y = y * 10


P.__init__ = init2
print(check(build(10)))


def init3(self, x, y):
    self.x = -x
    self.y = -y


init2.__code__ = init3.__code__
print(check(build(10)))


def loud_setattr(self, name, value):
    print("setattr", name)
    object.__setattr__(self, name, value)


P.__setattr__ = loud_setattr
print(check(build(2)))
del P.__setattr__
print(check(build(3000)))
