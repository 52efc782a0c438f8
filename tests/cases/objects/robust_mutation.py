class Evil:
    def __init__(self, target, h=1):
        self.target = target
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.target.clear()
        return False


d = {}
d[Evil(d)] = 1
print(d.get(Evil(d)), len(d))
d = {}
d[Evil(d)] = 1
print(Evil(d) in d, len(d))
d = {Evil({}): 1}
d2 = {}
k = Evil(d2)
d2[1] = 2
d[k] = 3
print(len(d))

s = set()
s.add(Evil(s))
print(Evil(s) in s, len(s))

lst = [3, 1, 2]


def key(x):
    lst.append(x)
    return x


try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(sorted(lst))


class Mutating:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst

    def __lt__(self, other):
        self.lst.clear()
        return self.v < other.v


items = []
items.extend(Mutating(i, items) for i in [3, 1, 2])
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash for you")


for action in [lambda: {BadHash(): 1}, lambda: {BadHash()}, lambda: hash(BadHash()),
               lambda: {}.get(BadHash()), lambda: BadHash() in {1: 2},
               lambda: set().add(BadHash()), lambda: frozenset([BadHash()])]:
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)


class Unhashable:
    __hash__ = None


try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)


class ListEq:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        del self.lst[:]
        return False


L = []
L.extend([ListEq(L), ListEq(L), 3])
print(L.count(3), len(L))
L = []
L.extend([ListEq(L) for _ in range(3)])
try:
    print(L.index(99))
except ValueError as e:
    print("ValueError:", e)
print(len(L))
