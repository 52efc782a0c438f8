# Slice-to-slice assignments in hot loops (`dst[a:b] = src[c:d:e]`), which compiled code
# does without the temporary list: in-place reversals, copies between lists, tuple sources,
# and every way the fast path can be left (a source that is not a list, a step that becomes
# zero, int overflow between the two subscripts, an __index__ bound, a size mismatch).
import sys


def flips(perm):
    # fannkuch's flip: reverse a prefix in place.
    count = 0
    k = perm[0]
    while k != 0:
        perm[: k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count


total = 0
for start in range(300):
    p = [(start * 7 + i * 3) % 9 for i in range(9)]
    seen = set()
    q = []
    for x in p:
        if x not in seen:
            seen.add(x)
            q.append(x)
    for x in range(9):
        if x not in seen:
            q.append(x)
    total += flips(q)
print("flips", total)


def copies(n):
    a = list(range(10))
    b = [0] * 10
    t = tuple(range(100, 110))
    out = 0
    for i in range(n):
        j = i % 8
        b[j : j + 2] = a[j + 1 : j + 3]
        b[:3] = t[i % 5 :: 3]
        a[1:4] = a[3:0:-1]
        b[j:] = b[j:]
        out += sum(b) + sum(a)
    return out, a, b


print("copies", copies(2000))


def growing(n):
    # The target slice and the source slice differ in length: the list grows and shrinks.
    a = [1, 2, 3]
    for i in range(n):
        if len(a) < 40:
            a[1:1] = a[i % 3 : 3]
        else:
            a[5:] = a[: i % 4]
    return a


print("growing", growing(500))


def step_var(n, steps):
    a = list(range(12))
    b = list(range(12))
    res = []
    for i in range(n):
        s = steps[i % len(steps)]
        try:
            b[0:3] = a[1:7:s]
        except ValueError as e:
            res.append(str(e))
        res.append(b[0])
    return res[-6:], len(res)


print("step", step_var(3000, [2, 2, 2, 3]))
# A zero step raises at the subscript, before the store's bounds are evaluated.
print("step0", step_var(3000, [2, 2, 0]))


def overflow_between(n, big):
    a = list(range(10))
    b = [0] * 10
    k = 1
    out = []
    for i in range(n):
        if i == n - 3:
            k = big
        try:
            b[: k + 1] = a[2:4]
        except Exception as e:
            out.append(type(e).__name__)
        out.append(len(b))
    return out[-4:]


print("overflow", overflow_between(3000, sys.maxsize))


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, s):
        return ["seq"] + self.items[s]


def sources(n, late):
    a = list(range(6))
    src = list(range(50, 56))
    out = []
    for i in range(n):
        if i == n - 5:
            src = late
        a[1:3] = src[2:4]
        out.append(a[1])
    return out[-6:], a


print("list-to-seq", sources(3000, Seq([7, 8, 9, 10])))
print("list-to-str", sources(3000, "abcdef"))
print("list-to-tuple", sources(3000, (1, 2, 3, 4, 5, 6)))


class Idx:
    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __index__(self):
        self.log.append(self.v)
        return self.v


def index_bounds(n):
    log = []
    a = list(range(8))
    b = list(range(8))
    for i in range(n):
        lo = i % 3
        hi = Idx(lo + 2, log) if i % 2 else lo + 2
        b[lo:hi] = a[lo + 1 : lo + 3]
    return b, len(log), log[:5]


print("index", index_bounds(2000))


def mismatch(n):
    a = list(range(10))
    b = list(range(10))
    errs = 0
    for i in range(n):
        try:
            b[::2] = a[: 5 + (i % 2)]
        except ValueError as e:
            errs += 1
            msg = str(e)
    return errs, msg, b


print("mismatch", mismatch(2000))


def aliasing(n):
    # The source's items are read before the target's slice is replaced.
    a = list(range(10))
    for i in range(n):
        a[2:8] = a[1:7]
        a[0:3] = a[7:]
        a[i % 4 + 1 :] = a[: i % 4 : -1]
    return a


print("aliasing", aliasing(1500))


def not_lists(n, target):
    a = list(range(6))
    out = []
    for i in range(n):
        if i == n - 2:
            a = target
        try:
            a[0:2] = a[4:2:-1]
        except TypeError as e:
            out.append(str(e))
        out.append(a[0])
    return out[-4:]


print("bytearray", not_lists(3000, bytearray(b"abcdef")))
print("tuple-target", not_lists(3000, (1, 2, 3, 4, 5, 6)))


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def releases():
    a = [Tracked("x"), Tracked("y"), Tracked("z")]
    for i in range(1200):
        a[0:2] = a[1::-1]
    print("before")
    a[0:3] = a[3:]
    print("after", a, sys.getrefcount(a))


releases()
