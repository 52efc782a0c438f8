# UNPACK_SEQUENCE in hot loops: tuples and lists of the right length, then wrong lengths,
# other iterables, a list subclass and a tuple subclass.


class L(list):
    pass


class T(tuple):
    pass


def total(pairs):
    s = 0
    for p in pairs:
        a, b = p
        s += a * 3 + b
    return s


print(total([(i, i + 1) for i in range(3000)]))
print(total([[i, -i] for i in range(3000)]))
print(total([(1, 2), [3, 4], b"\x05\x06", range(7, 9), L([1, 1]), T((2, 2)), {9: 0, 10: 0}]))
for bad in ([(1, 2, 3)], [(1,)], [5], ["abc"]):
    try:
        total([(0, 0)] * 100 + bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def swap_all(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, (a + b) % 1000
        x, y, z = (a, b, i)
    return a, b, x, y, z


print(swap_all(5000))
