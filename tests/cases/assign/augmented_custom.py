class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v + 1)
    def __repr__(self):
        return f"M({self.v})"
class InPlace(M):
    def __imatmul__(self, o):
        self.v = -o.v
        return self
    def __ipow__(self, k):
        self.v = self.v ** k
        return self
    def __ifloordiv__(self, k):
        return NotImplemented
    def __floordiv__(self, k):
        return InPlace(self.v // k)
a = M(3)
b = a
a @= M(4)
print(a, b, a is b)
c = InPlace(3)
d = c
c @= M(5)
print(c, d, c is d)
c **= 2
print(c, c is d)
c //= 4
print(c, c is d)
x = M(1)
try:
    x += 1
except TypeError as e:
    print(e)
