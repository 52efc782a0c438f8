# lower: norm2, Point.move
# Attribute loads and stores guarded by the type version; a method call through
# LOAD_METHOD_CACHED and a direct call.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx
        return self


def norm2(ps):
    t = 0.0
    for p in ps:
        p.move(0.5)
        t += p.x * p.x + p.y * p.y
    return t


pts = [Point(float(i), 2.0) for i in range(50)]
for _ in range(30):
    norm2(pts)
