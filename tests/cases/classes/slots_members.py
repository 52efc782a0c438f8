# __slots__ become member descriptors on the class
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = Point(1)
print(p.x, type(Point.x).__name__, repr(Point.x), Point.x.__name__, Point.x.__objclass__.__name__)
print(hasattr(p, '__dict__'), hasattr(p, 'y'), Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 5)
print(p.y)
del p.y
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: p.y)
t(lambda: delattr(p, 'y'))
t(lambda: setattr(p, 'z', 3))
t(lambda: vars(p))
t(lambda: Point.x.__get__(3))
class Sub(Point):
    pass
s = Sub(2)
s.extra = 'ok'
print(s.x, s.extra, s.__dict__['extra'])
class More(Point):
    __slots__ = ('z',)
m = More(3)
m.z = 4
print(m.x, m.z, sorted(n for n in dir(m) if not n.startswith('_')))
t(lambda: setattr(m, 'w', 1))
def bad():
    class Clash:
        __slots__ = ('a',)
        a = 1
t(bad)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__['b'])
