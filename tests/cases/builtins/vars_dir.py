# vars() and dir() on user objects (dunder names filtered out)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = 'thing'
    def __init__(self, name):
        self.name = name
        self.count = 0
    def bump(self):
        self.count += 1
    @property
    def label(self):
        return self.name.upper()
t = Thing('lamp')
print(vars(t))
t.bump()
t.extra = [1, 2]
print(vars(t), t.__dict__ is vars(t))
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
print(sorted(k for k in vars(Thing) if not k.startswith('__')))
print('kind' in vars(Thing), 'base_attr' in vars(Thing), 'base_attr' in dir(Thing))
vars(t)['injected'] = True
print(t.injected, sorted(vars(t)))
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
print([n for n in dir(s) if not n.startswith('__')])
import math
print([n for n in dir(math) if n.startswith('is')], 'pi' in vars(math))
print(dir([]) == sorted(dir([])), 'append' in dir([]), 'upper' in dir(''), 'real' in dir(1), 'keys' in dir({}))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: vars(5))
t(lambda: vars(s))
t(lambda: vars(1, 2))
t(lambda: dir(1, 2))
