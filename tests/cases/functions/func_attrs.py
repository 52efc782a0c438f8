def outer():
    def inner(a, b=2, *args, c, d=4, **kw):
        "Inner docstring."
        return a
    return inner
fn = outer()
print(fn.__name__)
print(fn.__qualname__)
print(fn.__doc__)
print(fn.__defaults__)
print(fn.__kwdefaults__)
print(fn.__module__)
def plain(): pass
print(plain.__doc__, plain.__defaults__, plain.__kwdefaults__)
plain.custom = 42
print(plain.custom, plain.__dict__)
fn.__name__ = "renamed"
print(fn.__name__, fn.__qualname__)
class K:
    def meth(self): pass
    class Inner:
        def deep(self): pass
print(K.meth.__qualname__, K.Inner.deep.__qualname__)
print((lambda: 0).__qualname__)
