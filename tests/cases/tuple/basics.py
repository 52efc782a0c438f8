# Tuple construction, indexing, slicing, repr
t = (1, 'two', 3.0, None, [5])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t[-2:])
print((), (1,), (1, 2), tuple(), tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}), tuple(x * x for x in range(4)))
single = 1,
also = (2)
print(single, type(single).__name__, also, type(also).__name__, ((1,),), (((),),))
a, b, c = (1, 2, 3)
x, *rest = (10, 20, 30)
*init, last = 'xyz'
print(a, b, c, x, rest, init, last)
p = 1, 2
q = p + (3,)
print(p, q, p * 2, 0 * p, q.count(2), q.index(3), (1, 1, 1).count(1), (1, 2, 1).index(1, 1))
print((1, 2) + (), () + (), tuple(p) is p, p[:] is p, len(()), (1, [2, 3])[1][0])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1], [y for pair in nested for y in pair if isinstance(y, int)])
t[4].append(6)
print(t)
print(repr((1,)), str(('a',)), repr((None, ...)), (1.5, -0.0, 'q\'s'), (1, (2,), [3, (4,)]))
print(tuple.__name__, type(()).__name__, isinstance((), tuple), (1, 2).__len__(), (3, 4).__getitem__(1))
for item in ('x', 'y'):
    print(item, end=' ')
print()
print(list(enumerate(('a', 'b'))), dict([('k', 1), ('j', 2)]), sum((1, 2, 3)), max((3, 9, 2)), sorted((3, 1, 2)))
