import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "shape with area %s" % self.area()


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def perimeter(self):
        return 4


print(Square.__abstractmethods__, Square().describe())


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


Registered.register(int)


@Registered.register
class Other:
    pass


print(isinstance(1, Registered), issubclass(bool, Registered), isinstance("s", Registered))
print(isinstance(Other(), Registered), issubclass(Other, Registered), Other.__name__)
print(type(Registered).__name__, isinstance(Registered, ABCMeta))
try:
    Registered.register(3)
except TypeError as e:
    print("TypeError:", e)
