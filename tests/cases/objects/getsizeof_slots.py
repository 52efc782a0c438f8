import sys


class Normal:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


n = Normal()
s = Slotted()
print(hasattr(n, "__dict__"), hasattr(s, "__dict__"))
print(sys.getsizeof(s) < sys.getsizeof(n) + sys.getsizeof(n.__dict__))
print(sys.getsizeof(s) > 0, sys.getsizeof(n) > 0)
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(()) < sys.getsizeof((1, 2, 3)))
print(sys.getsizeof("") < sys.getsizeof("abc"))
print(sys.getsizeof({}) <= sys.getsizeof({i: i for i in range(100)}))


class Custom:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Custom()) >= 1000)


class BadSize:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print("ValueError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
