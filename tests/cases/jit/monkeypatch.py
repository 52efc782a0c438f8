# Invalidation: rebinding globals, monkey-patching classes, assigning __class__, replacing
# builtins while compiled code depends on them.
import builtins

def helper(x):
    return x + 1

def run(n):
    t = 0
    for i in range(n):
        t += helper(i)
    return t

print(run(3000))

def helper(x):
    return x * 10

print(run(3000))

class P:
    def value(self):
        return 1

def total(objs):
    t = 0
    for o in objs:
        t += o.value()
    return t

objs = [P() for _ in range(2000)]
print(total(objs))
P.value = lambda self: 5
print(total(objs))

class Q:
    def value(self):
        return 100

objs[0].__class__ = Q
print(total(objs))

def lens(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t

xs = ["ab", "c"] * 1500
print(lens(xs))
real_len = builtins.len
builtins.len = lambda x: 1000
print(lens(xs[:10]))
builtins.len = real_len
print(lens(xs))

class Pt:
    def __init__(self, x):
        self.x = x

def sumx(pts):
    t = 0
    for p in pts:
        t += p.x
    return t

pts = [Pt(i) for i in range(2000)]
print(sumx(pts))
Pt.x = property(lambda self: -1)
print(sumx(pts))
