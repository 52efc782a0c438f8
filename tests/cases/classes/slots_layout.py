# __slots__ values live in a per-instance slot array: lay-out conflicts between bases,
# inherited slots, __getstate__/copy, __class__ assignment between slot layouts, del, cycles
# through slots, replacing a slot member in a hot loop, slots on built-in subclasses.
import copy, gc, sys

class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
try:
    class C(A, B): pass
except TypeError as e:
    print("C:", e)
class D(A): pass
class E(D, A): pass
class F(A):
    __slots__ = ('z',)
class G(F, D): pass
print([c.__name__ for c in G.__mro__])
try:
    class H(F, B): pass
except TypeError as e:
    print("H:", e)
class P: pass
class Q(A, P): pass
class R(P, A): pass
r = R(); r.x = 4; r.q = 5; print(r.x, r.q, r.__dict__)
g = G(); g.x = 1; g.z = 2; g.w = 3
print(g.__dict__, g.__getstate__())
a = A()
print(a.__getstate__())
try:
    a.x
except AttributeError as e:
    print("AE:", e)
a.x = 5
print(a.__getstate__())
b = copy.copy(a); print(b.x, b is a)
c = copy.deepcopy(g); print(c.x, c.z, c.w)
class S:
    __slots__ = ('x',)
a.__class__ = S
print(type(a).__name__, a.x)
class S2:
    __slots__ = ('y',)
try:
    a.__class__ = S2
except TypeError as e:
    print("S2:", e)
try:
    a.__class__ = P
except TypeError as e:
    print("P:", e)
del a.x
try:
    del a.x
except AttributeError as e:
    print("del:", e)
try:
    A.x.__get__(3)
except TypeError as e:
    print(e)
print(A.x, A.x.__name__, A.x.__objclass__)
try:
    a.nope = 1
except AttributeError as e:
    print("nope:", e)
print(hasattr(a, '__dict__'), sys.getsizeof(A()) > 0)

# cycles through slots are collected
class Node:
    __slots__ = ('other', '__weakref__')
    def __del__(self):
        print("del Node")
n1 = Node(); n2 = Node(); n1.other = n2; n2.other = n1
del n1, n2
print("collected", gc.collect() >= 2)

class V:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)
acc = V(0, 0, 0)
for i in range(3000):
    acc = acc + V(i, 1, 2)
    if i == 2500:
        V.x = property(lambda s: 100, lambda s, v: None)  # replaces the slot member
print(acc.y, acc.z)
try:
    print(acc.x)
except Exception as e:
    print(type(e).__name__, e)

class W(Exception):
    __slots__ = ('a',)
w = W(1); w.a = 3; print(w.a, w.args)
class Mixed:
    __slots__ = ('a', '__dict__')
m = Mixed(); m.a = 1; m.b = 2; print(m.a, m.__dict__, m.__getstate__())
print(dir(A())[-1:], [k for k in dir(G) if not k.startswith('__')])

class Priv:
    __slots__ = ('__p', 'q__', '__dunder__')
    def __init__(self):
        self.__p = 1
    def get(self):
        return self.__p
print(sorted(k for k in Priv.__dict__ if 'p' in k.lower() or 'q' in k or 'dunder' in k), Priv().get())
