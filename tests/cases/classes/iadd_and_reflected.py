class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        print("__radd__")
        return Acc(o + self.v)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, a is b)
print(a + 1, 1 + a)
print(sum([Acc(1), Acc(2)], 0))
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
p = Plain(1)
q = p
p += 1
print(p.v, q.v, p is q)
try:
    1 + Plain(1)
except TypeError as e:
    print(e)
