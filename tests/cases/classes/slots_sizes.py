# Instances with __slots__ keep a few values inside the object and more in an array of their
# own: classes with one to seven slots (own and inherited), read and written in hot loops,
# deleted, cleared by the cycle collector, released in slot order, swapped by __class__
# assignment, and with __dict__ and __weakref__ next to them.
import gc
import weakref


class S1:
    __slots__ = ("a",)


class S4:
    __slots__ = ("a", "b", "c", "d")


class S5(S4):
    __slots__ = ("e",)


class S7(S5):
    __slots__ = ("f", "g")


def fill(o, names):
    for k, n in enumerate(names):
        setattr(o, n, k * 10)


def hot(cls, names, n):
    o = cls()
    fill(o, names)
    total = 0
    for i in range(n):
        o.a = o.a + 1
        if len(names) > 3:
            o.d = o.d + 2
        if len(names) > 4:
            o.e = o.e + o.a
        if len(names) > 6:
            o.g = o.g - 1
        total += o.a
    return total, [getattr(o, x) for x in names]


print(hot(S1, "a", 2000))
print(hot(S4, "abcd", 2000))
print(hot(S5, "abcde", 2000))
print(hot(S7, "abcdefg", 2000))

for cls, names in ((S1, "a"), (S4, "abcd"), (S5, "abcde"), (S7, "abcdefg")):
    o = cls()
    try:
        o.a
    except AttributeError as e:
        print(cls.__name__, "unset:", e)
    fill(o, names)
    del o.a
    print(cls.__name__, hasattr(o, "a"), [hasattr(o, x) for x in names])


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for cls, names in ((S4, "abcd"), (S7, "abcdefg")):
    o = cls()
    for n in names:
        setattr(o, n, Noisy(cls.__name__ + "." + n))
    print("drop", cls.__name__)
    del o

# Cycles through slots, inside and outside the object; the collector clears slots in the
# same order.
for cls, names in ((S4, "abcd"), (S7, "abcdefg")):
    x, y = cls(), cls()
    setattr(x, names[-1], y)
    setattr(y, names[-1], x)
    for n in names[:-1]:
        setattr(x, n, Noisy("cycle " + cls.__name__ + "." + n))
    del x, y
    print("collected", gc.collect() > 0)


class T4:
    __slots__ = ("a", "b", "c", "d")


o = S4()
fill(o, "abcd")
o.__class__ = T4
print(type(o).__name__, o.a, o.d)


class W(S4):
    __slots__ = ("__weakref__", "__dict__")


w = W()
fill(w, "abcd")
w.extra = 5
r = weakref.ref(w)
print(r() is w, w.extra, w.d, sorted(vars(w)))
del w
print(r())
