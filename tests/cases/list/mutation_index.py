# Lists changed by __index__ or __eq__ in the middle of an operation: CPython's errors, no crash
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Evil:
    def __init__(self, lst, v):
        self.lst = lst
        self.v = v
    def __index__(self):
        self.lst.clear()
        return self.v
a = [1, 2, 3, 4]
t(lambda: a[Evil(a, 1)])
a = [1, 2, 3, 4]
t(lambda: a[Evil(a, 0):3])
a = [1, 2, 3, 4]
a[Evil(a, 1):3] = [9]
print(a)
def gen():
    a.clear()
    yield 7
    yield 8
a = [1, 2, 3, 4]
a[1:3] = gen()
print(a)
a = [1, 2, 3, 4]
t(lambda: a.index(3, Evil(a, 0)))
a = [1, 2, 3, 4]
a.insert(Evil(a, 5), 'x')
print(a)
a = [1, 2, 3, 4]
t(lambda: a.pop(Evil(a, 0)))
a = [1, 2, 3, 4]
def delete():
    del a[Evil(a, 0)]
t(delete)
a = [1, 2, 3, 4]
def assign():
    a[Evil(a, 0)] = 5
t(assign)
a = [1, 2, 3, 4]
def del_slice():
    del a[Evil(a, 1)::2]
t(del_slice)
print(a)
victim = [1, 2, 3]
class M:
    def __eq__(self, other):
        victim.clear()
        return False
    def __repr__(self):
        return 'M()'
print(M() in victim, victim)
victim = [1, 2, 3]
print(victim.count(M()), victim)
victim = [1, 2, 3]
t(lambda: victim.remove(M()))
victim = [1, 2, 3]
t(lambda: victim.index(M()))
print(victim)
class Grow:
    def __eq__(self, other):
        if len(victim) < 10:
            victim.append(0)
        return False
victim = [1, 2]
print(Grow() in victim, victim)
class LtAppend:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        items.append(self)
        return self.v < other.v
items = [LtAppend(2), LtAppend(1)]
t(lambda: items.sort())
print([x.v for x in items])
t(lambda: a.__setitem__(slice(None, None, 2), 5))
t(lambda: a.__setitem__(slice(None, 1), 5))
