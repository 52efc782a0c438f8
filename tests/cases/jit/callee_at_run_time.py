# Calls whose callee compiled code only finds at run time: functions held in variables and
# containers (polymorphic method sites: jit/dynamic_calls_compiled). Compiled callees are
# called directly; everything the direct call cannot honour (defaults, keyword-only
# parameters, other globals, many locals, generators, bound methods, the recursion limit)
# goes through the generic call.
import sys


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def with_default(a, b=10):
    return a * b


def kwonly(a, b, *, c=100):
    return a + b + c


def many_locals(a, b):
    x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = x9 = a
    y0 = y1 = y2 = y3 = y4 = y5 = y6 = b
    return x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + y0 + y1 + y2 + y3 + y4 + y5 + y6


def gen(a, b):
    yield a
    yield b


ns = {}
exec("def other_globals(a, b):\n    return a * 1000 + b\n", ns)


class Acc:
    def __init__(self):
        self.n = 0

    def bump(self, a, b):
        self.n += a + b
        return self.n


acc = Acc()
fns = [add, sub, many_locals, ns["other_globals"], acc.bump, Acc.bump.__get__(acc)]


def apply_all(fs, n):
    out = []
    for i in range(n):
        for f in fs:
            out.append(f(i, 3))
    return out


for _ in range(30):
    res = apply_all(fns, 20)
print("apply", sum(res), res[:12])
print("acc", acc.n)


def apply_one(f, n):
    t = 0
    for i in range(n):
        t += f(i)
    return t


def sq(x):
    return x * x


for _ in range(30):
    a = apply_one(sq, 100)
    b = apply_one(with_default, 100)
    c = apply_one(len, 0)
print("one", a, b, c)


def pair(f, n):
    r = []
    for i in range(n):
        r.append(f(i, i))
    return r


for _ in range(30):
    k = pair(kwonly, 5)
    g = [list(x) for x in pair(gen, 3)]
print("kwonly", k, "gen", g)

# Reference counts and __del__ timing are the interpreter's.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def count_refs(x, y):
    return sys.getrefcount(x) - sys.getrefcount(y)


def drop_it(x, y):
    loud = x is not y
    del x
    if loud:
        print("dropped local")
    return y


base = object()
for i in range(60):
    f = count_refs if i % 2 else drop_it
    r = f(Noisy(str(i)) if i >= 58 else base, base)
    if i >= 58:
        print("result", type(r).__name__)
print("refs", count_refs(base, base))

# Exceptions in the callee propagate to the caller's handler.


def boom(a, b):
    if a == 7:
        raise ValueError("seven")
    return a


def guarded(fs, n):
    t = 0
    for i in range(n):
        for f in fs:
            try:
                t += f(i, i)
            except ValueError as e:
                t += 1000
                print("caught", e)
    return t


for _ in range(3):
    print("guarded", guarded([boom, add], 10))

# The callee's code changes while the caller is compiled.


def swap_target(a, b):
    return a + b


def run_swapped(n):
    f = swap_target
    t = 0
    for i in range(n):
        if i == n // 2:
            swap_target.__code__ = sub.__code__
        t += f(i, 1)
    return t


print("swapped", run_swapped(200))

# The recursion limit holds through calls found at run time.


def down(f, n):
    if n == 0:
        return 0
    return 1 + f(f, n - 1)


for _ in range(30):
    down(down, 50)
try:
    down(down, 100000)
except RecursionError as e:
    print("RecursionError", e)
print("after", down(down, 100))
