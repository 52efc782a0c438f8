class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a):
        print("metaclass __call__", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(Registry.classes, type(Child).__name__)
c = Child(3)
print(c.v)
class Plugin:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append((cls.__name__, key))
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
print(Plugin.plugins)
print(isinstance(Child, type), type(type), type(Registry).__name__)
