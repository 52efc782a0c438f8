import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt(3, 2), operator.ge(1, 2), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.is_not(1, None), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2), operator.invert(5))
print(operator.concat([1], [2]), operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(object(), 7))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)

data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)))
print(list(map(itemgetter(0, 2), data)))
print(itemgetter(1), itemgetter(1, 'a'))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('outer', P('inner'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(attrgetter('name', 'child.name'))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(methodcaller('split', ',', maxsplit=1))
print(operator.__add__(1, 1), operator.__getitem__([4, 5], 0))
