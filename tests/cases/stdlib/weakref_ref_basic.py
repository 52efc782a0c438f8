import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


n = Node("a")
r = weakref.ref(n)
print(r() is n, r().name)
print(weakref.ref(n) is r, weakref.getweakrefcount(n))
del n
print(r())
print(r() is None)

# callback receives the dead reference
log = []
m = Node("b")
r2 = weakref.ref(m, lambda wr: log.append(("died", wr() is None)))
print(r2.__callback__ is not None, weakref.getweakrefcount(m))
m = None
print(log)

# callbacks run newest first; the plain reference comes first in getweakrefs
x = Node("c")
ra = weakref.ref(x, lambda wr: print("callback a"))
rb = weakref.ref(x, lambda wr: print("callback b"))
rp = weakref.ref(x)
refs = weakref.getweakrefs(x)
print(len(refs), refs[0] is rp, refs[1] is rb, refs[2] is ra)
del x
print("after del")

# a reference that dies before its referent never calls back
y = Node("d")
rc = weakref.ref(y, lambda wr: print("never"))
del rc
print(weakref.getweakrefcount(y))
del y
print("done")
