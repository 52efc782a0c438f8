# `not x` in hot compiled code for operands of every kind: bools, ints, floats, None,
# strings, containers, objects with __bool__ or __len__ (including ones that raise or
# return a non-bool), attributes whose kind the compiler does not know.
class Flag:
    def __init__(self, on):
        self.on = on
        self.pending = on


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v == 13:
            raise ValueError("unlucky")
        return self.v % 2 == 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


def count_not(xs):
    n = 0
    for x in xs:
        if not x:
            n += 1
    return n


def flags(fs):
    return sum(1 for f in fs if f.on and not f.pending) + sum(not f.pending for f in fs)


values = [0, 1, 0.0, 2.5, None, "", "a", [], [0], (), {}, {1: 2}, True, False, Sized(0), Sized(3)]
for _ in range(200):
    c = count_not(values)
print(c, flags([Flag(i % 3 == 0) for i in range(300)]))
for _ in range(100):
    r = count_not([Truthy(i) for i in range(12)])
print(r)
try:
    count_not([Truthy(i) for i in range(20)])
except ValueError as e:
    print("ValueError:", e)
try:
    count_not([BadBool()])
except TypeError as e:
    print("TypeError:", e)
try:
    count_not([Sized(-1)])
except ValueError as e:
    print("ValueError:", e)
