class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "Vec" + repr(tuple(self.c))
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __lt__(self, o):
        return sum(self.c) < sum(o.c)
    def __call__(self, i):
        return self.c[i] * 100
    def __bool__(self):
        return any(self.c)
v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w, v * 2, 3 * v, -v)
print(len(v), v[1], v[-1], 2 in v, 9 in v, list(v))
v[0] = 7
print(v, v < w, w < v, sorted([w, v]))
print(v(2), bool(Vec(0, 0)), bool(v))
print(v[0:2])
