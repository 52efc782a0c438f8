# Calls of built-in functions and method descriptors from compiled loops: the native function
# runs directly while the callable is the one seen at compile time; another callable at the
# same site (a rebound global, a receiver of another type) takes the generic call, and the
# natives' own errors are CPython's.


def fill(n):
    out = []
    for i in range(n):
        out.append(i % 7)
        if len(out) > 5:
            out.insert(0, out.pop())
            out.pop(2)
    return out


for _ in range(50):
    r = fill(40)
print(r)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)


def feed(targets, n):
    for i in range(n):
        for t in targets:
            t.append(i)
    return targets


for _ in range(50):
    a = feed([[], []], 10)
print(a)
b = feed([[], Bag()], 5)
print(b[0], b[1].items)

pick = max


def choose(pairs):
    return [pick(x, y) for x, y in pairs]


pairs = [(i, 10 - i) for i in range(10)]
for _ in range(100):
    c = choose(pairs)
print(c)
pick = min
print(choose(pairs))
pick = lambda x, y: x * y
print(choose(pairs))


def misuse(objs):
    out = []
    for o in objs:
        try:
            out.append(list.append(o, 1))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(o.pop(10))
        except (IndexError, KeyError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            o.insert("x", 1)
        except (TypeError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for _ in range(60):
    m = misuse([[1, 2], [3]])
print(m)
print(misuse([(1, 2), {}, [5] * 20]))
print(misuse([[1, 2, 3]] * 2)[-3:])
