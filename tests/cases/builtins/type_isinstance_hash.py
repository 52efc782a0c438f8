# type, isinstance, issubclass, hash, callable, id-free identity checks
class Animal:
    pass
class Dog(Animal):
    pass
class Cat(Animal):
    pass
d = Dog()
print(type(d).__name__, type(d) is Dog, type(d) == Animal, isinstance(d, Animal), isinstance(d, (Cat, Dog)), isinstance(d, Cat))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)), issubclass(bool, (str, int)))
print(type(1), type('s'), type(None), type(type), type(int), type(len), type(Dog), type([].append).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, object), isinstance(int, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(object, type), isinstance(type, object))
print(isinstance([], (list, tuple)), isinstance((), (list, (tuple, dict))), isinstance('s', ()), issubclass(str, ()))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(1.0), hash(0.5), hash(-0.0), hash(True), hash(None) == hash(None))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))), hash(frozenset()) == hash(frozenset()), hash(range(2)) == hash(range(0, 2)))
print(callable(len), callable(Dog), callable(d), callable(1), callable(lambda: 0), callable(print), callable('s'.upper), callable(None))
Point = type('Point', (), {'x': 1, 'norm': lambda self: self.x * 2})
p = Point()
print(type(Point).__name__, Point.__name__, p.x, p.norm(), Point.__bases__, Dog.__bases__, Dog.__mro__)
Sub = type('Sub', (Dog,), {})
print(Sub.__mro__, isinstance(Sub(), Animal), Sub.__name__, Sub.__qualname__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(Dog, 'Animal'))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash((1, [])))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type('X', (1,), {}))
t(lambda: isinstance(1, [int]))
