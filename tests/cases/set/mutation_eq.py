# set robustness: __eq__ mutating the set during lookup, failing __hash__, subclass results
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return isinstance(other, K) and self.v == other.v
s = {K(1), K(2)}
print(K(1, s) in s, len(s))
s = {K(1)}
s.add(K(2, s))
print(len(s), sorted(k.v for k in s))
class H:
    def __hash__(self):
        raise RuntimeError('hash failed')
t(lambda: {1, 2, H()})
t(lambda: H() in {1})
t(lambda: {1}.discard(H()))
t(lambda: {1} | {H()})
class MySet(set):
    pass
m = MySet([1, 2, 3])
print(type(m | {4}).__name__, type(m & {1}).__name__, type(m - {1}).__name__, type(m ^ {9}).__name__, type(m.copy()).__name__, type(m.union()).__name__)
print(repr(MySet()), repr(MySet([5])), repr(frozenset()), {1, 2} == MySet([1, 2]), MySet([1]) < {1, 2})
fs = frozenset({1, 2})
print(type(fs | {3}).__name__, type({3} | fs).__name__, fs.copy() is fs, frozenset(fs) is fs, hash(fs) == hash(frozenset([2, 1])))
s = {1, 2, 3}
t(lambda: s.remove({1}))
s.add(frozenset({1}))
s.remove({1})
print(sorted(s), s.discard(set()), sorted(s))
print({1, 2, 3}.issubset(range(10)), {1, 2}.issuperset([1]), {1}.isdisjoint(iter([2, 3])), set('ab') <= set('abc'))
popped = set(range(20))
order = [popped.pop() for _ in range(5)]
popped.add(100)
print(order, popped.pop(), len(popped))
a = set(range(40))
b = set(range(0, 40, 3))
a -= b
a &= set(range(20))
a ^= {0, 1, 2}
a |= {50}
print(sorted(a))
t(lambda: set.add(frozenset(), 1))
t(lambda: {1}.update([1], 5))
t(lambda: {1}.intersection_update(None))
t(lambda: {1} < [1])
