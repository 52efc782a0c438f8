# NotImplemented and Ellipsis singletons
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, ... == Ellipsis)
print((1).__add__('x'), (1).__eq__('x'), (1.5).__lt__('a'), (1.5).__add__('x'), [].__lt__(0))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3))
print([1, 2].__eq__((1, 2)), (1).__eq__(1.0), (1.0).__eq__(1))
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return f"Money({self.v})"
print(Money(1) + Money(2), sum([Money(1), Money(5)]), Money(3) == Money(3), Money(3) == 3, Money(3) != 'x')
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + Money(1)
except TypeError as e:
    print("TypeError:", e)
def f(x):
    return x[...]
class Idx:
    def __getitem__(self, k):
        return k
print(f(Idx()), Idx()[1:2, ...], Idx()[..., 0])
def stub():
    ...
print(stub(), bool(...), hash(...) == hash(Ellipsis), [...], (...,))
