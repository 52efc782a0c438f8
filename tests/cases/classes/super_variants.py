# super() with and without arguments, in methods, classmethods, closures, comprehensions
class Base:
    def who(self):
        return 'Base.who'
    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__
    @staticmethod
    def helper():
        return 'Base.helper'
    @property
    def prop(self):
        return 'Base.prop'
class Mid(Base):
    def who(self):
        return 'Mid>' + super().who()
    @classmethod
    def make(cls):
        return 'Mid>' + super().make()
class Leaf(Mid):
    def who(self):
        return 'Leaf>' + super().who()
    def in_closure(self):
        def inner():
            return super(Leaf, self).who()
        return inner()
    def in_comprehension(self):
        return [super(Leaf, self).who() for _ in range(1)]
    def explicit(self):
        return super(Mid, self).who(), super().helper(), super().prop
leaf = Leaf()
print(leaf.who())
print(Leaf.make(), leaf.make())
print(leaf.in_closure(), leaf.in_comprehension(), leaf.explicit())
print(super(Leaf, leaf).who(), super(Leaf, Leaf).make(), super(Mid, Leaf).make())
s = super(Mid, leaf)
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is leaf)
print(repr(super(Mid, leaf)), repr(super(Mid)))
print(super(Mid).__get__(leaf).who())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: super(Leaf, leaf).missing)
t(lambda: super(1))
t(lambda: super(int, 'x'))
t(lambda: super(int, 1, 2))
t(lambda: super(int, x=1))
t(lambda: super())
def free():
    return super()
t(free)
class Cls:
    def m():
        return super()
t(Cls.m)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag)
class Slotted:
    __slots__ = ('a',)
    def __init__(self):
        super().__init__()
        self.a = 1
print(Slotted().a)
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList()
ml.append(4)
print(ml)
