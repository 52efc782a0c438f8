# object's methods called directly, and what they do for plain instances
class C:
    pass
c = C()
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1), object.__ne__(c, c))
print(object.__lt__(c, c), c.__le__(1), c.__gt__(c), c.__ge__(None))
print(c.__hash__() == hash(c), object.__hash__(c) == hash(c))
print(object.__str__(5), object.__str__('s'), str(c) == repr(c))
print(format(c, '') == str(c), c.__format__('') == str(c))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(c, 'x'))
t(lambda: c.__format__(5))
t(lambda: object.__getattribute__(c, 'missing'))
t(lambda: object.__getattribute__(c, 5))
object.__setattr__(c, 'a', 1)
print(c.a, object.__getattribute__(c, 'a'), c.__dict__)
object.__delattr__(c, 'a')
t(lambda: c.a)
t(lambda: object.__delattr__(c, 'a'))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
print(Eq(1) != Eq(1), Eq(1) != Eq(2), object.__ne__(Eq(1), Eq(1)), Eq.__hash__)
print(C.__init_subclass__(), C.__subclasshook__(), object.__subclasshook__())
t(lambda: C.__init_subclass__(x=1))
print(c.__getstate__(), c.__reduce_ex__(2)[1:3], c.__sizeof__() > 0)
c.k = 'v'
print(c.__getstate__(), c.__reduce__()[1])
print(sorted(n for n in object.__dir__(c) if not n.startswith('__')), type(c.__dir__()).__name__)
print([n for n in dir(c) if n.startswith('__')][:6])
class Logged:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
lg = Logged()
lg.x = 21
print(lg.x, lg.secret)
t(lambda: setattr(5, 'real', 1))
t(lambda: setattr(5, 'bit_length', 1))
t(lambda: setattr(5, 'nothing', 1))
t(lambda: delattr([], 'append'))
