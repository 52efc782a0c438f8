# Subscripts of locals in compiled loops: a local proven to hold a list is not checked again
# until it is reassigned; a site that saw lists and then gets a tuple (or a user sequence)
# leaves compiled code; and leaving keeps reference counts exact (a heap-borrowed global on
# the stack below the subscript's operands).
import sys


def rebinding(a, b, n):
    t = 0
    for i in range(n):
        x = a
        t += x[0] + x[1]
        x[2] = t % 7
        x = b
        t += x[0] + x[-1]
    return t


print(rebinding([1, 2, 3], (4, 5, 6), 3000))
print(rebinding([1, 2, 3], [4, 5, 6], 3000))


class Seq:
    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, v):
        print("set", i, v)


def sites(rows, n):
    t = 0
    for i in range(n):
        r = rows[i % len(rows)]
        t += r[0] * r[1]
        r[1] = i % 5
    return t


rows = [[1, 2], [3, 4], [5, 6]]
for _ in range(20):
    v = sites(rows, 200)
print(v, rows)
try:
    sites([[1, 2], (3, 4)], 10)
except TypeError as e:
    print("TypeError", e)
print(sites([[1, 2], Seq()], 4))
for _ in range(20):
    v = sites([[1, 2], [3, 4]], 300)
print(v)

H = [1, 2]
G = [10, 20, 30]


def f(keys):
    out = []
    for k in keys:
        out.append(H + [G[k]])
    return out


before = sys.getrefcount(H)
for _ in range(3000):
    f([0, 1, 2, 1])
print(f([0, 1, True, False, 2]))
print("H count change", sys.getrefcount(H) - before)


def stores(k, vals):
    for v in vals:
        G[k] = H[0] + v
    return G


for _ in range(3000):
    stores(1, [1, 2])
print(stores(True, [5]), stores(0, [7]))
print("H count change", sys.getrefcount(H) - before)

S = "abcdef"


def slow_paths(keys):
    # The subscripts take their slow path (a str, an index out of range) with a
    # heap-borrowed global below their operands.
    out = []
    for k in keys:
        try:
            out.append(H + [S[k]])
        except IndexError as e:
            out.append(str(e))
    return out


for _ in range(2000):
    slow_paths([0, 5])
print(slow_paths([1, -1, 9]))
print("H count change", sys.getrefcount(H) - before)
