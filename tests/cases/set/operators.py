# set and frozenset operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a.union(b, [7])), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 5]))
print(a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, {1, 2} <= {1, 2}, set() < {0})
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset(range(3)), a.isdisjoint({9}), a.isdisjoint(b), set().isdisjoint(set()))
fa = frozenset([3, 1, 2])
print(fa, fa | {7}, type(fa | {7}).__name__, type({7} | fa).__name__, fa & a, type(a & fa).__name__)
print(frozenset(), frozenset('aab') == {'a', 'b'}, {1, 2} == frozenset({1, 2}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(set(), set([1, 1, 2]), set('aaa'), set(range(5)), {x % 3 for x in range(10)}, set({'k': 1}))
print(len(a), 3 in a, 9 not in a, min(a), max(a), sum(a), sorted(b, reverse=True))
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0}, {0, False, 0.0, -0.0}, {(1, 2), (1, 2)})
c = {1, 2}
c |= {3}
c &= {1, 3, 5}
c -= {1}
c ^= {7, 3}
print(c)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: a | [1])
t(lambda: a + b)
t(lambda: a < [1])
t(lambda: a[0])
t(lambda: {[1]})
t(lambda: set([{}]))
t(lambda: {1} & 'a')
t(lambda: frozenset([1]).add(2))
