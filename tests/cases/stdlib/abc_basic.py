from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, MutableSet, Iterator

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

class Half(Shape):
    def area(self):
        return 4

class Square(Half):
    def perimeter(self):
        return 8

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
s = Square()
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Named(Base):
    @property
    def name(self):
        return "named"
print(Named().name)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r['A'] = 1
r.update({'B': 2}, C=3)
print(r['a'], 'b' in r, 'z' in r, r.get('Z', 0), len(r), list(r), list(r.items()), list(r.values()))
print(r.setdefault('d', 4), r.pop('a'), r.pop('zz', None), sorted(r.keys()), r == {'b': 2, 'c': 3, 'd': 4})
print(isinstance(r, Mapping), isinstance(r, cabc.Sized), isinstance(r, cabc.Collection))

class Seq(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
q = Seq(5)
print(list(q), 9 in q, q.index(16), q.count(4), list(reversed(q)))

class Bag(MutableSet):
    def __init__(self, it=()):
        self._s = list()
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def add(self, x):
        if x not in self._s:
            self._s.append(x)
    def discard(self, x):
        if x in self._s:
            self._s.remove(x)
b = Bag([1, 2, 3])
print(sorted(b | Bag([4])), sorted(b & Bag([2, 3, 9])), sorted(b - Bag([1])), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= [7]; b -= [1]
print(sorted(b), b.isdisjoint([100]))

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).n)
try:
    Iterator()
except TypeError as e:
    print("TypeError:", e)
