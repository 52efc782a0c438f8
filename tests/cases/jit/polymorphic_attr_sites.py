# Attribute and method sites that see several receiver types learn them in compiled code
# (a small per-site cache of type versions); whatever they learned must not change what the
# program sees: different dict layouts, properties, slots, __getattr__, class changes after
# learning, instance dicts shadowing methods, and more types than the cache holds.


class Base:
    def __init__(self, v):
        self.v = v
        self.n = 0

    def get(self):
        return self.v


class A(Base):
    def get(self):
        return self.v + 1


class B(Base):
    def __init__(self, v):
        self.extra = "b"  # another dict layout: v and n at other entries
        super().__init__(v)

    def get(self):
        return self.v * 2


class C(Base):
    pass


class D(Base):
    def get(self):
        return -self.v


class E(Base):
    def get(self):
        return self.v // 2


class P:
    """v is a property here: a data descriptor, never an instance-dict load."""

    def __init__(self, v):
        self._v = v
        self.n = 0

    @property
    def v(self):
        return self._v * 100

    def get(self):
        return 7


class S:
    __slots__ = ("v", "n")

    def __init__(self, v):
        self.v = v
        self.n = 0

    def get(self):
        return 3


class G:
    def __init__(self):
        self.n = 0

    def __getattr__(self, name):
        return 11 if name == "v" else 0

    def get(self):
        return 5


def total(objs):
    t = 0
    for o in objs:
        t += o.v
        t += o.get()
        o.n += 1
    return t


objs = [A(1), B(2), C(3), A(4), B(5), C(6)]
for _ in range(300):
    r = total(objs)
print("three types", r, [o.n for o in objs])

more = objs + [D(7), E(8), P(9), S(10), G()]
for _ in range(300):
    r = total(more)
print("eleven types", r, [o.n for o in more])

# A class changes after its version was learned.
A.get = lambda self: 1000
for _ in range(50):
    r = total(objs)
print("after patch", r)

# An instance dict shadows the method for one object only.
shadow = C(20)
shadow.get = lambda: 99
mixed = objs + [shadow]
for _ in range(50):
    r = total(mixed)
print("shadowed", r, shadow.n)

# A property added to a class whose plain attribute was learned.
C.v = property(lambda self: 500)
for _ in range(50):
    r = total(objs)
print("property added", r)
del C.v
print("property removed", total(objs))

# Entries deleted and re-added move in the instance dict.
b = objs[1]
del b.v
b.v = 42
for _ in range(50):
    r = total(objs)
print("moved entry", r, b.v)


def bump_all(objs, k):
    for o in objs:
        o.v = o.v + k


ws = [A(1), B(1), C(1), D(1)]
for _ in range(200):
    bump_all(ws, 1)
print("stores", [w.v for w in ws])
S_obj = S(0)
for _ in range(200):
    bump_all([S_obj, ws[0]], 2)
print("slot store", S_obj.v, ws[0].v)

# A method shadowed through __dict__ with a key built at run time (an equal string, not the
# interned name), then unshadowed, then shadowed again after the dict was cleared.
late = A(5)
calls = [late] * 3
print("before", total(calls))
late.__dict__["".join(["g", "e", "t"])] = lambda: 500
print("dict key", total(calls))
del late.__dict__["get"]
print("deleted", total(calls))
late.__dict__.clear()
late.v = 1
late.n = 0
print("cleared", total(calls))
late.__dict__["ge" + "t"] = lambda: -1
print("again", total(calls))
