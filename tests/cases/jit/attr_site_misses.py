# Attribute sites in hot code that miss their cache: other classes at the same site, a
# class changed mid-loop, a missing attribute, slots, and __init__ adding attributes.


class A:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class B:
    def __init__(self, v):
        self.w = v
        self.v = v + 1


class S:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = -v


def total(objs):
    s = 0
    for o in objs:
        s += o.v + o.w
        o.v = o.v + 1
    return s


objs = [A(i) for i in range(300)]
print(total(objs), total(objs))
mixed = [A(1), B(2), S(3)] * 200
print(total(mixed), total(mixed))

A.w = property(lambda self: 100)
try:
    print(total(objs))
except AttributeError as e:
    print("AttributeError:", e)
del A.w
for o in objs:
    o.w = 1
print(total(objs))

broken = [A(i) for i in range(200)]
del broken[150].v
try:
    total(broken)
except AttributeError as e:
    print("AttributeError:", e)
print(broken[149].v, broken[151].v)


def build(n):
    out = []
    for i in range(n):
        out.append(S(i) if i % 3 else A(i))
    return out


print(total(build(900)))
