import weakref


class Box:
    def __init__(self):
        self.items = [1, 2, 3]
        self.label = "box"

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


b = Box()
p = weakref.proxy(b)
print(p.label, p.total(), len(p), p[1])
p.label = "changed"
print(b.label)
print(weakref.getweakrefcount(b) >= 1)


def fn(x):
    return x * 2


cp = weakref.proxy(fn)
print(cp(21))
del b
try:
    p.label
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
