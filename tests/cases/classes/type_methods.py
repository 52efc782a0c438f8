# type's own methods: mro(), __subclasses__(), isinstance/issubclass hooks, __call__,
# __prepare__, renaming classes, metaclass __call__ and __repr__
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro(), type.mro(B))
print(A.__subclasses__(), D.__subclasses__())
print(type.__instancecheck__(A, D()), type.__subclasscheck__(A, D), type.__subclasscheck__(D, A))
print(type.__call__(B).__class__ is B, type.__prepare__('X', ()), type(type.__prepare__()))
print(repr(A) == type.__repr__(A), sorted(n for n in type.__dir__(D) if not n.startswith('_')))
B.__name__ = 'Renamed'
B.__qualname__ = 'Outer.Renamed'
print(B.__name__, B.__qualname__, B, D.__mro__[1])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: setattr(A, '__name__', 3))
t(lambda: setattr(int, '__name__', 'x'))
t(lambda: type('X', (1,), {}))
t(lambda: type.__subclasscheck__(A, 3))
class Meta(type):
    count = 0
    def __call__(cls, *args, **kw):
        Meta.count += 1
        print('creating', cls.__name__, args, kw)
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42}
class P(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
p = P(5, )
q = P(v=7)
print(p.v, q.v, Meta.count, P.injected, P, repr(P), type.__repr__(P))
def keywords_reach_object():
    class Q(metaclass=Meta, flag=True):
        pass
t(keywords_reach_object)
class Check(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=Check): pass
print(isinstance('magic', Any), isinstance(3, Any), issubclass(int, Any), issubclass(str, Any))
