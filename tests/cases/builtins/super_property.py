# super, object, property
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f'{self.name} with area {self.area()}'
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
        self.name = 'square'
    def describe(self):
        return 'SQ: ' + super().describe()
print(Rect(2, 3).describe(), '|', Square(4).describe(), '|', Shape('blob').describe())
print([c.__name__ for c in Square.__mro__])
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc='F view')
t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit, type(Temp.celsius).__name__, Temp.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), object.__name__, len([n for n in dir(o) if not n.startswith('__')]))
def t2(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t2(lambda: setattr(t, 'celsius', -300))
t2(lambda: setattr(t, 'fahrenheit', 1))
t2(lambda: delattr(t, 'fahrenheit'))
t2(lambda: super())
t2(lambda: object(1))
t2(lambda: o.attr)
t2(lambda: super(int, 'x'))
