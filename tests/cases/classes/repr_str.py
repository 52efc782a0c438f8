class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Named(Point):
    def __str__(self):
        return f"<{self.x},{self.y}>"
p = Point(1, "two")
print(p, repr(p), str(p))
print([p], {"k": p})
n = Named(3, 4)
print(n, repr(n), f"{n}", f"{n!r}")
print("%s %r" % (n, n))
class NoRepr:
    pass
r = repr(NoRepr())
print(r.startswith("<__main__.NoRepr object at "), r.endswith(">"))
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
print(f"{Fmt():>10}", format(Fmt(), "x"))
