# staticmethod and classmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['mozzarella', 'tomato'])
    @classmethod
    def made(cls):
        return cls.count
    @staticmethod
    def area(radius):
        return round(3.14159 * radius ** 2, 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.toppings})'
class Calzone(Pizza):
    pass
print(Pizza.margherita(), Calzone.margherita(), Pizza.area(10), Pizza([]).area(1), Pizza.made(), Calzone.made())
p = Pizza(['ham'])
print(p.margherita(), p.made(), type(Pizza.__dict__['area']).__name__, type(Pizza.__dict__['made']).__name__)
def plain(x):
    return x * 2
sm = staticmethod(plain)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    double = sm
    name = cm
print(Holder.double(4), Holder().double(5), Holder.name(), Holder().name(), sm.__func__ is plain)
print(callable(sm), Pizza.area.__name__, Pizza.margherita.__name__, Pizza.margherita.__self__ is Pizza)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register('a').register('b')
print(Registry.items)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: Pizza.area())
t(lambda: Pizza.margherita(1))
t(lambda: staticmethod())
t(lambda: classmethod(1, 2))
