# Slot attributes read and written by hot, specialised sites: creation in __init__,
# replacement, deletion, a __setattr__ added later, subclasses with and without a dict.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def make_many(n):
    s = 0
    for i in range(n):
        v = V(i, 2 * i)
        v.x = v.x + 1
        s += v.total()
    return s


print(make_many(2000))

vs = [V(i, i) for i in range(50)]
del vs[10].x
for i, v in enumerate(vs):
    try:
        v.total()
    except AttributeError as e:
        print(i, "AttributeError:", e)

for v in vs:
    try:
        v.z = 1
    except AttributeError as e:
        print("AttributeError:", e)
        break


class W(V):
    pass


w = W(1, 2)
w.z = 3
print(w.total(), w.z)


def log_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


print(make_many(100))
V.__setattr__ = log_setattr
print(make_many(2))
del V.__setattr__
print(make_many(100))


class P:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


ps = [P() for _ in range(100)]
print(sum(p.a + p.b for p in ps), ps[0].b)
