# A method call site the interpreter specialised, whose class then changes (the method is
# replaced or deleted, or the class itself goes away) before the function is compiled: the
# compiled code must not rely on the method the interpreter saw.


def make():
    class C:
        def m(self):
            return 1

    return C


def call_m(o):
    total = 0
    for _ in range(3):
        total += o.m()
    return total


C = make()
o = C()
for i in range(990):
    call_m(o)


def fresh(self):
    return 2


C.m = fresh
garbage = [[i] * 5 for i in range(2000)]
print([call_m(o) for _ in range(40)][-3:])


def call_n(o):
    total = 0
    for _ in range(3):
        total += o.n()
    return total


D = make()
D.n = D.m
d = D()
for i in range(990):
    call_n(d)
del D.n
garbage = [[i] * 5 for i in range(2000)]
try:
    call_n(d)
except AttributeError as e:
    print("AttributeError:", e)
D.n = lambda self: 7
print([call_n(d) for _ in range(40)][-3:])


def call_k(o):
    total = 0
    for _ in range(3):
        total += o.k()
    return total


class Base:
    def k(self):
        return 10


E = make()
e = type("Sub", (E, Base), {})()
for i in range(990):
    call_k(e)
del e
E = None
garbage = [[i] * 5 for i in range(2000)]


class Other:
    def k(self):
        return 20


print([call_k(Other()) for _ in range(40)][-3:])
print([call_k(Base()) for _ in range(40)][-3:])
