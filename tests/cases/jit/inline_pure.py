# Small pure functions (parameter and constant loads, typed arithmetic, return) are expanded
# in line in compiled callers. What the call would show stays as in CPython: results past
# the int fast path, exceptions and their tracebacks, a rebound function, a changed
# __code__, a profiler, the recursion limit, reference counts of the arguments.
import sys
import traceback


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def spectral_row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s


print("row", sum(spectral_row(i, 300) for i in range(20)))


def scale(x):
    return x * 3 + 1


def grow(n):
    v = 1
    out = []
    for i in range(n):
        v = scale(v)
        out.append(v % 1000)
    return v, out[-3:]


# Past 2**63 the in-line multiply overflows: the interpreter makes those calls.
for _ in range(3):
    v, tail = grow(60)
print("grow", v, tail)


def ratio(a, b):
    return a / b


def ratios(xs):
    out = []
    for x in xs:
        try:
            out.append(ratio(1.0, x))
        except ZeroDivisionError as e:
            out.append("zero")
            print("frames", [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
    return out


for _ in range(40):
    r = ratios([1.0, 2.0, 4.0])
print("ratios", r)
print("ratios", ratios([2.0, 0.0, 8.0]))


def ident(x):
    return x


def mixed(n):
    t = 0
    for i in range(n):
        t += ident(i) + scale(i)
    return t


for _ in range(20):
    m = mixed(100)
print("mixed", m)
print("mixed objects", [ident("s") + ident("t"), ident(None), ident((1, 2))])


def neg(x):
    return -x


def negs(n):
    return [neg(i) + neg(0.5) for i in range(n)]


for _ in range(30):
    ns = negs(10)
print("neg", ns)


# Rebinding the function and changing its code while a compiled caller runs.
def tick(x):
    return x + 1


def ticks(n):
    global tick
    t = 0
    for i in range(n):
        if i == n // 2:
            tick.__code__ = neg.__code__
        if i == 3 * n // 4:
            tick = scale
        t += tick(i)
    return t


print("ticks", ticks(400))


# Arguments keep the counts the call would give them.
class Big:
    def __del__(self):
        print("del Big")


def same(x):
    return x


def counts(n):
    b = Big()
    r = 0
    for _ in range(n):
        r = sys.getrefcount(same(b))
    return r


print("count", counts(200))
for k in range(3):
    same(Big())
    print("after", k)

# A profiler sees the calls.
import cProfile
import pstats


def under_profile(n):
    t = 0
    for i in range(n):
        t += scale(i)
    return t


under_profile(3000)
pr = cProfile.Profile()
pr.runcall(under_profile, 7)
for (file, line, name), (cc, nc, tt, ct, callers) in sorted(pstats.Stats(pr).stats.items()):
    if name in ("scale", "under_profile"):
        print("profiled", name, nc)


# The recursion limit holds for calls done in line.
def deep(n):
    if n == 0:
        t = 0
        for i in range(100):
            t += scale(i)
        return t
    return deep(n - 1)


for _ in range(5):
    deep(10)
limit = sys.getrecursionlimit()
for d in (limit - 60, limit - 5, limit + 10):
    try:
        print("deep", d < limit, deep(d))
    except RecursionError:
        print("deep RecursionError", d >= limit)


# Methods that read instance attributes are done in line too.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Disc:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def dots(vs):
    t = 0.0
    for a in vs:
        for b in vs:
            t += a.dot(b)
    return t


vs = [Vec(i * 0.5, 1.0 - i) for i in range(10)]
for _ in range(20):
    d = dots(vs)
print("dots", d)
vs[3].x = 7  # an int among the floats
vs[4].y = 2**70  # past the int fast path
print("dots", dots(vs))
del vs[5].x
try:
    dots(vs)
except AttributeError as e:
    print("AttributeError", e)


def areas(shapes):
    return [s.area() for s in shapes]


shapes = [Box(2, 3), Box(4, 5)]
for _ in range(30):
    a = areas(shapes)
print("areas", a)
# Another method at the same site, then attribute changes.
print("areas", areas([Box(1, 1), Disc(2), Box(2, 2)]))
shapes[0].w = "ab"
print("areas", areas(shapes))


class Sized(Box):
    @property
    def w(self):
        return 100

    @w.setter
    def w(self, v):
        pass


s = Sized(1, 5)
print("areas", areas([s, Box(3, 3)]))
Box.area = lambda self: -1
print("areas", areas(shapes))


# `and`, `or` and `not` in a body done in line: values, not only truth, and the short
# circuit (an attribute the taken path never reads).
class Task:
    def __init__(self, holding, waiting, pending):
        self.holding = holding
        self.waiting = waiting
        self.pending = pending

    def blocked(self):
        return self.holding or (self.waiting and not self.pending)

    def first(self):
        return self.waiting and self.holding


class Idle(Task):
    pass


class Worker(Task):
    pass


class Device(Task):
    pass


class Handler(Task):
    pass


class Odd(Task):
    pass


def scan(tasks):
    return [(t.blocked(), t.first()) for t in tasks]


flags = [(h, w, p) for h in (False, True) for w in (False, True) for p in (False, True)]
kinds = [Idle, Worker, Device, Handler]
tasks = [kinds[k % 4](*flags[k % 8]) for k in range(16)]
for _ in range(30):
    r = scan(tasks)
print("scan", r[:8])
# A fifth class, values that are not bools (a list's truth runs no code in CPython either,
# but the body leaves such values to the real call), and a missing attribute on a path the
# short circuit skips.
odd = [Odd(0, [1], None), Odd(None, 5, []), Odd([], 0, 1), Task(True, 1, 2)]
print("scan", scan(odd + tasks[:2]))
half = Task(True, False, False)
del half.waiting
print("scan", half.blocked(), scan([half]) if False else "skipped")
try:
    scan([half])
except AttributeError as e:
    print("AttributeError", e)


class Truthy:
    def __init__(self):
        self.calls = 0

    def __bool__(self):
        self.calls += 1
        return False


t = Truthy()
odd_one = Task(t, t, t)
print("scan", scan([odd_one, tasks[0]])[0][0] is t, t.calls)


# A float body whose real call returns something else: the caller continues in the
# interpreter after the call, with that value.
def mul(a, b):
    return a * b


def muls(pairs):
    out = []
    for a, b in pairs:
        out.append(mul(a, b) * 1.0 if type(a) is float else mul(a, b))
    return out


for _ in range(40):
    m = muls([(1.5, 2.0), (0.5, 4.0)])
print("muls", m)
print("muls", muls([(1.5, 2.0), ("ab", 3), (2, 3), (0.5, 0.5), ([1], 2)]))


def twice(x):
    return x + x


def twices(xs):
    return [twice(x) + 0.0 for x in xs]


for _ in range(40):
    tw = twices([0.25, 1.5])
print("twices", tw)
try:
    print("twices", twices([0.25, 2, 1.5]))
    print("twices", twices([0.25, "s"]))
except TypeError as e:
    print("TypeError", e)


def doubled(xs, n):
    t = []
    for i in range(n):
        for x in xs:
            t.append(twice(x))
    return t


for _ in range(50):
    doubled([0.25, 1.5], 20)
print("doubled", doubled([0.25, 2, 1.5, "s", None.__class__.__name__], 2))
