# lower: Vec.__init__, Vec.dot, Vec.__add__, combine
# Attributes of a class with __slots__: loads and stores at an index in the
# instance's slot array, guarded by the type version. Calling the class: the
# instance is made in line and __init__ called directly (CallInit). Operators on
# instances call the class's dunder directly (BinDunder).
class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)


def combine(a, b):
    return (a + b).dot(b)


t = 0.0
for i in range(300):
    v = Vec(float(i), 1.0, 2.0)
    t += v.dot(v + v) + combine(v, v)
print(t)
