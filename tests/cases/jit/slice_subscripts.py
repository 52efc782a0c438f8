# Slicing in hot loops: compiled code fuses BUILD_SLICE with the subscript that takes the
# slice (no slice object for exact lists and tuples). Every container kind, bound kind and
# error must behave as with a real slice object.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Seq:
    def __getitem__(self, key):
        return ("Seq", key.start, key.stop, key.step)

    def __setitem__(self, key, value):
        print("Seq set", key, value)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", list.__getitem__(self, key))


def reads(x, lo, hi, step):
    out = []
    for _ in range(60):
        out = [x[lo:hi], x[lo:], x[:hi], x[::step], x[hi:lo:-1], x[lo:hi:step]]
    return out


def try_read(x, lo, hi, step):
    try:
        return reads(x, lo, hi, step)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


data = list(range(20))
for case in [
    (data, 2, 15, 3),
    (tuple(data), 2, 15, 3),
    ("abcdefghijklmnopqrst", 2, 15, 3),
    (b"abcdefghijklmnopqrst", 2, 15, 3),
    (bytearray(b"abcdefghij"), 1, 8, 2),
    (range(100, 140), 2, 15, 3),
    (data, -5, -1, -2),
    (data, 100, -100, 7),
    (data, Idx(3), Idx(9), Idx(2)),
    (data, None, None, None),
    (Seq(), 1, 2, 3),
    (MyList(data), 1, 5, 2),
    (data, 1, 5, 0),
    (data, "a", 5, 1),
    (data, 1.5, 5, 1),
    ({1: 2}, 1, 2, 1),
    (5, 1, 2, 1),
]:
    print(type(case[0]).__name__, try_read(*case))


def writes(x, k):
    for _ in range(50):
        x[: k + 1] = x[k::-1]
    return x


print(writes(list(range(10)), 4))
print(writes(list(range(10)), 9))


def try_write(x, lo, hi, step, value, times=40):
    try:
        for _ in range(times):
            x[lo:hi:step] = value
        return x if not isinstance(x, Seq) else "Seq"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(try_write(list(range(10)), 0, 10, 2, "abcde"))
print(try_write(list(range(10)), 0, 10, 2, [1, 2]))
print(try_write(list(range(10)), 2, 4, None, range(7), 3))
print(try_write(list(range(10)), 2, 4, None, 5))
print(try_write((1, 2, 3), 0, 1, None, [9]))
print(try_write(Seq(), 1, 2, None, "v", 3))
print(try_write(bytearray(b"0123456789"), 0, 3, None, b"xy"))
print(try_write(list(range(10)), 0, 10, 0, []))
same = list(range(6))
print(try_write(same, 1, 5, None, same, 3))


# A slice subscript raising inside a compiled loop, caught outside: traceback line.
import traceback


def fail_late(x):
    total = 0
    for i in range(100):
        total += len(x[i : i + 2 : 1 if i < 90 else 0])
    return total


try:
    fail_late(list(range(10)))
except ValueError as e:
    print("caught", e, traceback.extract_tb(e.__traceback__)[-1].line)


# A temporary list on the right is taken over, a named one is copied and stays intact.
def assign_sources(n):
    a = list(range(8))
    keep = [100, 101]
    for _ in range(n):
        a[1:3] = keep
        a[3:5] = [i * i for i in range(2)]
        a[5:7] = a[6:4:-1]
    return a, keep


print(assign_sources(50))
