import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name


g = Greeter("g")
wm = weakref.WeakMethod(g.hello, lambda r: print("method's object died"))
print(wm()(), wm() == g.hello)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError")
# a plain weak reference to a bound method dies at once: the method object is temporary
r = weakref.ref(g.hello)
print(r())
del g
print(wm())

registry = weakref.WeakValueDictionary()


class Session:
    count = 0

    def __init__(self, key):
        self.key = key
        registry[key] = self


def active():
    return sorted(registry.keys())


a, b = Session("a"), Session("b")
print(active())
del a
print(active())
c = registry.setdefault("c", Session("tmp"))
print(active(), c.key)
print(registry.pop("b").key, active())
