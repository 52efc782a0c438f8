# Calls whose target is only known at run time (polymorphic method sites, functions held in
# containers, calls from the interpreter) reach compiled callees without an interpreter
# frame. Exceptions, tracebacks, deopts, recursion limits and reference counts must look as
# they do in the interpreter.
import sys
import types
import traceback


class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__}:{self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


shapes = [Square(i % 7) if i % 3 == 0 else Rect(i % 5, 3) if i % 3 == 1 else Tri(i % 4, 6)
          for i in range(300)]
for _ in range(40):
    r = total(shapes)
print("total", r)
print(shapes[4].describe(), shapes[5].describe())


# The callee deoptimises (int overflow) after many fast calls.
def grow(x):
    return x * x


ops = [grow, abs, grow]
acc = []
for i in range(2000):
    f = ops[i % 3]
    acc.append(f(i if i < 1990 else 10 ** 10 + i))
print(sum(acc) % 1000003, acc[-1])


# The callee raises; the traceback shows the compiled callee's line.
def checked(x):
    if x > 1500:
        raise ValueError(f"too big: {x}")
    return x + 1


calls = [checked, checked]
try:
    for i in range(3000):
        calls[i & 1](i)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("caught", e, [fr.name for fr in tb], tb[-1].line)


# Same code, different globals: the compiled code specialised for one dict must not run
# with another's.
def scale(x):
    return x * FACTOR


FACTOR = 3
other = types.FunctionType(scale.__code__, {"FACTOR": 100}, "scale")
fs = [scale, other]
out = []
for i in range(1000):
    out.append(fs[i & 1](i))
print(out[-2:], sum(out))


# Recursion through a generic call site stays within the recursion limit.
def down(n, step):
    if n == 0:
        return 0
    return 1 + step[0](n - 1, step)


step = [down]
for _ in range(50):
    down(100, step)
try:
    down(100000, step)
except RecursionError as e:
    print("RecursionError", e)


# Reference counts of arguments inside a callee reached through a generic call.
class Probe:
    def __del__(self):
        print("del probe")


def count(o):
    return sys.getrefcount(o)


counters = [count]
p = Probe()
seen = set()
for i in range(500):
    seen.add(counters[0](p))
print("refcounts", sorted(seen))
del p
print("end")
