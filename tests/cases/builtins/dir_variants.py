# dir() without arguments, on instances, classes, modules and objects with __dir__
import math
def scope():
    first = 1
    second = 2
    return dir()
print(scope())
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print('__init__' in dir(c), '__dict__' in dir(c), '__module__' in dir(Child), '__mro__' in dir(Child))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()), Custom().__dir__())
print([n for n in dir(math) if n.startswith('fl')], dir(math) == sorted(dir(math)))
print('real' in dir(5), 'append' in dir([]), 'keys' in dir({}), 'args' in dir(ValueError()), 'with_traceback' in dir(ValueError))
print([n for n in dir(lambda: 0) if not n.startswith('_')], '__code__' in dir(lambda: 0))
print(dir(type) == sorted(dir(type)), 'mro' in dir(type), 'mro' in dir(int))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: dir(1, 2))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
