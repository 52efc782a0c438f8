# Attribute access in hot code while classes and instances change shape.
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def total(objs):
    t = 0
    for o in objs:
        t += o.x + o.get()
    return t
ps = [P(i) for i in range(5000)]
print(total(ps))
P.get = lambda self: 100
print(total(ps))
ps[10].__dict__["x"] = 0.5
print(total(ps))
class Q(P):
    @property
    def x(self):
        return -1
    @x.setter
    def x(self, v):
        pass
mixed = ps[:100] + [Q(1)] * 50
print(total(mixed))
del P.get
try:
    total(ps)
except AttributeError as e:
    print("AttributeError:", e)
