# property's methods called directly; getter/setter/deleter copies and docstrings
class C:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        'the value'
        return self._v
    @v.setter
    def v(self, x):
        print('set', x)
        self._v = x
    @v.deleter
    def v(self):
        print('deleted')
    ro = property(lambda self: 'read-only', doc='explicit doc')
    nothing = property()
c = C()
p = C.__dict__['v']
print(p.__get__(c), p.__get__(None, C) is p)
p.__set__(c, 3)
print(c.v, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
p.__delete__(c)
del c.v
print(C.v.__doc__, C.ro.__doc__, C.nothing.__doc__)
g = p.getter(lambda self: 'new getter')
print(g.__get__(c), g.__doc__, g.fset is p.fset, p.setter(None).fset is p.fset, p.deleter(None).__doc__)
print(type(g).__name__, p.__isabstractmethod__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: c.ro)
t(lambda: setattr(c, 'ro', 1))
t(lambda: delattr(c, 'ro'))
t(lambda: c.nothing)
t(lambda: C.ro.__set__(c, 1))
t(lambda: p.__get__(None))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=None, bogus=1))
t(lambda: property().__get__(1))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm('abc'), sm.__get__(None, C)('xy'), sm.__func__ is len, cm.__get__(c)(), cm.__get__(None, C)())
print(repr(sm), type(cm).__name__)
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
class Typed(property):
    pass
class U:
    @Typed
    def w(self):
        return 'w'
print(U().w, type(U.__dict__['w']).__name__, U.w.__get__(U()))
