# A class refers to itself (its __mro__ starts with it) and its methods often refer back to
# it (closures, __class__ cells): dropped, it is cyclic garbage that gc.collect() frees.
import gc
import weakref


class Noisy:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("freed", self.label)


class Plain:
    pass


ref = weakref.ref(Plain)
del Plain
gc.collect()
print("plain class collected:", ref() is None)


class Holder:
    payload = Noisy("class attribute")


del Holder
print("collect found garbage:", gc.collect() > 0)


def make(label):
    class Local:
        tag = Noisy(label)

        def describe(self):
            return f"{Local.__name__}/{__class__.__name__}/{label}"

        def __repr__(self):
            return super().__repr__()[:8]

    return Local


cls = make("closure")
obj = cls()
print(obj.describe(), repr(obj))
for i in range(5):
    obj.describe()
ref = weakref.ref(cls)
del cls, obj
gc.collect()
print("local class collected:", ref() is None)


class Base:
    pass


def subclass(n):
    return type(f"Sub{n}", (Base,), {"n": n, "tag": Noisy(f"sub{n}")})


subs = [subclass(n) for n in range(3)]
print(sorted(c.__name__ for c in Base.__subclasses__()))
del subs
gc.collect()
print(Base.__subclasses__())
print("end")
