# Operators on instances of Python classes in hot code: compiled code calls the class's
# dunder directly while the operands' classes are the ones seen. Every other situation —
# another class on either side, a subclass with a reflected method, NotImplemented, a
# monkey-patched dunder, in-place methods — must behave as in the interpreter.
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class W(V):
    __slots__ = ()

    def __rsub__(self, o):
        return "W.__rsub__ first"


class Acc:
    def __init__(self):
        self.total = 0

    def __add__(self, n):
        r = Acc()
        r.total = self.total + n
        return r


class InPlace:
    def __init__(self):
        self.n = 0

    def __add__(self, k):
        return "plain add"

    def __iadd__(self, k):
        self.n += k
        return self


def combine(a, b, k):
    return (a + b) * k - b / 2


def sub(a, b):
    return a - b


def scale(v, k):
    return v * k


def grow(acc, n):
    for i in range(n):
        acc = acc + i
    return acc


def bump(x, k):
    x += k
    return x


a, b = V(1.0, 2.0), V(3.0, 4.0)
for _ in range(2000):
    r = combine(a, b, 2)
print(r, sys.getrefcount(a), sys.getrefcount(b))
print(grow(Acc(), 3000).total)

# A right operand of a subclass with a reflected method goes first.
for _ in range(2000):
    sub(a, b)
print(sub(a, W(1, 1)))
# NotImplemented from the left, no reflected method: the interpreter's TypeError.
for bad in (5, "s", None, 2.5):
    try:
        sub(a, bad)
    except TypeError as e:
        print("TypeError:", e)
# int * V uses the reflected method (the left operand is not an instance).
for _ in range(2000):
    r = scale(2, a)
print(r, scale(a, 3), scale(a, 0.5))
# Another class on the left.
print(scale("ab", 3), scale([1], 2))

# Monkey-patching the dunder after compilation.
for _ in range(2000):
    sub(a, b)
V.__sub__ = lambda self, o: "patched"
print(sub(a, b))
del V.__sub__
try:
    sub(a, b)
except TypeError as e:
    print("TypeError:", e)

# In-place operators use __iadd__ when the class has one.
x = InPlace()
for _ in range(2000):
    x = bump(x, 1)
print(x.n, bump(Acc(), 5).total)


# Exceptions raised inside a dunder propagate through compiled code.
class Boom:
    def __mul__(self, k):
        if k == 3:
            raise ValueError("three")
        return k


def mul(p, k):
    return p * k


bm = Boom()
for i in range(2000):
    try:
        mul(bm, i % 4)
    except ValueError as e:
        err = str(e)
print(err, sys.getrefcount(bm))
