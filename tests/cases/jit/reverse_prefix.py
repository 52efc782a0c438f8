# `L[:b] = L[a::-1]` reverses a prefix of L in place in compiled code when both slices
# select the same run; every other combination (negative and out-of-range bounds, runs of
# different lengths, two different lists, a tuple, bounds that are not ints) takes the
# general assignment, with Python's results.
import sys


def flip(perm, a, b):
    perm[:b] = perm[a::-1]
    return perm


def run(cases):
    out = []
    for _ in range(100):
        for base, a, b in cases:
            out.append(tuple(flip(list(base), a, b)))
    return out[-len(cases):]


base = list(range(7))
cases = [
    (base, 3, 4),      # in place: first four reversed
    (base, 0, 1),      # one item
    (base, -1, 7),     # a counts from the end: the whole list
    (base, -3, 5),     # a = 4 from the end
    (base, 6, 7),
    (base, 6, -0),     # b = 0: the source's seven items inserted at the front
    (base, 99, 7),     # a clamped to the last index
    (base, 99, 99),    # b clamped to the length
    (base, -99, 0),    # empty source run, empty target run
    (base, -99, 3),    # empty source: the target run is deleted
    (base, 2, 5),      # lengths differ: the list shrinks
    (base, 4, 2),      # lengths differ: the list grows
    (base, 3, -3),     # b from the end: four items, four places
    ([], 0, 0),
    ([], 5, -5),
    ([9], 0, 1),
]
for r in run(cases):
    print(r)


def two_lists(n):
    a = list(range(6))
    b = list(range(10, 16))
    for i in range(n):
        a[: 3] = b[2::-1]
    return a, b


print(two_lists(1500))


def tuple_source(n):
    t = tuple(range(5))
    a = [0] * 5
    for i in range(n):
        a[:3] = t[2::-1]
    return a


print(tuple_source(1500))


class Idx:
    def __index__(self):
        return 2


def odd_bounds(n):
    res = []
    L = list(range(6))
    for i in range(n):
        k = Idx() if i % 50 == 49 else (i % 5)
        L[: (k + 1) if isinstance(k, int) else 3] = L[k::-1]
        res.append(L[0])
    big = 1 << 70
    L[:big] = L[big::-1]
    res.append(tuple(L))
    try:
        L[:2] = L[1.5::-1]
    except TypeError as e:
        res.append(str(e))
    return res[-8:]


print(odd_bounds(1500))


def counts(n):
    items = [object() for _ in range(5)]
    L = list(items)
    before = [sys.getrefcount(x) for x in items]
    for i in range(n):
        L[: (i % 5) + 1] = L[i % 5 :: -1]
    after = [sys.getrefcount(x) for x in items]
    return before == after, sorted(map(id, L)) == sorted(map(id, items))


print(counts(1000))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def owner(n):
    L = [Noisy(i) for i in range(4)]
    for i in range(n):
        L[:4] = L[3::-1]
    print("reversed", [x.name for x in L])
    L[:2] = L[0::-1]
    print("shrunk", [x.name for x in L])


owner(1501)
print("done")
