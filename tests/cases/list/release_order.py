# The order in which lists and tuples let go of their items, seen through __del__: CPython
# releases a list's or tuple's items last to first when it is freed or cleared and when a
# run is replaced or deleted, and an extended slice's items in index order.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = [T(i) for i in range(4)]
a[1:3] = []
print("-")
a = [T(i) for i in range(4)]
a[0:4] = [1, 2, 3, 4]
print("-")
a = [T(i) for i in range(4)]
a[::2] = [1, 2]
print("-")
a = [T(i) for i in range(4)]
del a[::2]
print("-")
a = [T(i) for i in range(4)]
del a[1:3]
print("-")
a = [T(i) for i in range(4)]
a.clear()
print("-")
a = [T(i) for i in range(4)]
a[:] = [0, 1, 2]
print("-")
a = [T(i) for i in range(4)]
a[:] = [0, 1, 2, 3, 4]
print("-")
a = [T(i) for i in range(4)]
del a
print("-")
t = tuple(T(i) for i in range(3))
del t
print("-")
d = {i: T(i) for i in range(3)}
del d
print("-")
a = [T(i) for i in range(3)]
a *= 0
print("-")
s = {T(i) for i in range(1)}
del s
print("-")
o = T(9); o.x = T(10); o.y = T(11)
del o
print("-")
a = [T(i) for i in range(3)]
a.__init__([])
print("-")
a = [T(i) for i in range(3)]
a *= 2
print("doubled")
a *= 0
print("-")
a = [T(i) for i in range(4)]
a[3:0:-1] = [0, 1, 2]
print("-")
del a[::-1]
print("-")
