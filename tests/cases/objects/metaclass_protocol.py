class Registry(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"created_by": mcs.__name__}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("metaclass __call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(["x", "y"])

    def __len__(cls):
        return 2

    def __contains__(cls, item):
        return item in ("x", "y")

    def __getitem__(cls, key):
        return key * 2

    def __repr__(cls):
        return "<registered %s>" % cls.__name__

    def __bool__(cls):
        return False


class Thing(metaclass=Registry, flag=True):
    def __init__(self, v):
        self.v = v


t = Thing(5, )
print(t.v, Thing.created_by, Thing.options)
print(list(Thing), len(Thing), "x" in Thing, "z" in Thing, Thing[21], repr(Thing), bool(Thing))
print(type(Thing).__name__, isinstance(Thing, Registry), "created_by" in Thing.__dict__)


class Sub(Thing):
    pass


print(type(Sub).__name__, Sub(1).v)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    pass


print(Config() is Config())


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub in (bool, int)


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("a", EvenNumber))
print(issubclass(int, EvenNumber), issubclass(str, EvenNumber))
print(isinstance(4, (str, EvenNumber)), issubclass(bool, (str, EvenNumber)))
print(isinstance(EvenNumber(), EvenNumber))

try:
    class Bad(metaclass=Registry, x=1):
        bad = undefined_name
except NameError as e:
    print("NameError:", e)
