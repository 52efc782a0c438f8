# Loops over lists in hot code: compiled code keeps the list iterator virtual (the list and
# an index in registers). Exits, early leaves, mutation during iteration, reference counts
# and finalizer timing must all be the interpreter's.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


events = []


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def dot(pairs):
    s = 0.0
    for a, b in pairs:
        s += a * b
    return s


def until(xs, stop):
    out = 0
    for x in xs:
        if x == stop:
            break
        out += x
    return out


def find(xs, want):
    for i, x in enumerate(xs):
        pass
    for x in xs:
        if x == want:
            return x
    return -1


def grow(xs):
    n = 0
    for x in xs:
        if len(xs) < 150:
            xs.append(x)
        n += 1
    return n


def shrink(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if x == 3:
            xs.clear()
    return seen


def nested(rows):
    s = 0
    for row in rows:
        for v in row:
            s += v
    return s


def safe_div(xs):
    c = 0
    for x in xs:
        try:
            c += 12 // x
        except ZeroDivisionError:
            c -= 1
    return c


def fails(xs):
    for x in xs:
        if x == 2:
            raise ValueError("two")
    return 0


def refcount_inside(xs):
    rc = 0
    for x in xs:
        rc = sys.getrefcount(xs)
    return rc


def any_iterable(v):
    t = 0
    for x in v:
        t += x
    return t


lst = list(range(100))
pairs = [(float(i), float(i + 1)) for i in range(50)]
rows = [list(range(k)) for k in range(12)]
for _ in range(400):
    r = (total(lst), dot(pairs), until(lst, 50), find(lst, 70), grow(list(range(100))),
         shrink([1, 2, 3, 4, 5]), nested(rows), safe_div([1, 0, 3, 0, 4]))
print(r)
print("refcount after loops", sys.getrefcount(lst))

for _ in range(1500):
    try:
        fails([1, 2, 3])
    except ValueError as e:
        msg = str(e)
print(msg, sys.getrefcount(lst))

for _ in range(300):
    rc = refcount_inside(lst)
print("inside", rc, "after", sys.getrefcount(lst))

# The same site sees lists, then other iterables: the guard exits and the site goes generic.
for _ in range(1500):
    any_iterable([1, 2, 3])
print(any_iterable((4, 5, 6)), any_iterable(range(5)), any_iterable(x for x in [7, 8]),
      any_iterable({9: 0}), any_iterable([10]))


# The list dies with its iterator when the loop ends: finalizers run then, not later.
def make():
    return [Noisy("a"), Noisy("b")]


def walk():
    names = []
    for n in make():
        names.append(n.name)
    events.append("loop done")
    names.clear()
    events.append("cleared")


for _ in range(1500):
    events.clear()
    walk()
print(events)

# A long loop in a function called once: entered by on-stack replacement with the
# interpreter's list iterator on the stack.
def long_loop(data):
    acc = 0
    for v in data:
        acc += v
        if v == 99999:
            data.append(-1)
    return acc


data = list(range(100000))
print(long_loop(data), len(data), sys.getrefcount(data))

# Module-level loop over a list.
acc = 0
for v in data:
    acc += v
print(acc)
