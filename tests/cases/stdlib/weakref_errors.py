import weakref


def attempt(obj):
    try:
        weakref.ref(obj)
        return "ok"
    except TypeError as e:
        return "TypeError: %s" % e


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SlottedChild(Slotted):
    pass


class SlottedChild2(Slotted):
    __slots__ = ("b",)


def f():
    pass


for obj in [1, "s", (1,), [1], {}, b"x", 1.5, None, True, object(), Exception(), range(2),
            set(), frozenset(), f, len, int, MyInt(1), MyStr("a"), MyTuple(), MyList(),
            MyDict(), Slotted(), SlottedWeak(), SlottedChild(), SlottedChild2()]:
    print(type(obj).__name__, attempt(obj))

try:
    weakref.ref()
except TypeError as e:
    print("TypeError")

r = weakref.ref(f)
print(r() is f)


class C:
    pass


c = C()
r = weakref.ref(c)
del c
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)

c = C()
p = weakref.proxy(c)
del c
try:
    p.anything
except ReferenceError as e:
    print("ReferenceError:", e)
