# str.format field names, indexing, attributes, conversions
print('{} {} {}'.format('a', 'b', 'c'), '{2} {1} {0}'.format('a', 'b', 'c'), '{0}{0}{1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30), '{0} and {x}'.format(1, x=2))
print('{0[1]} {0[0]} {1[key]} {1[0]}'.format(['a', 'b'], {'key': 'K', 0: 'zero', '0': 'str0'}))
print('{0.real} {0.imag} {1.__name__}'.format(3 + 4j, int), '{x.denominator}'.format(x=5))
print('{0[1][0]} {0[2][k]}'.format([0, ['deep'], {'k': 'v'}]), '{p[-1]}'.format(p={'-1': 'neg'}))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>10}|'.format('x'), '{!r}'.format(1.0))
print('{{}} {{{0}}} {{literal}}'.format('in'), '{}}}'.format(1), '{{{}'.format(2))
print('{:>{}}|'.format('x', 5), '{:{}{}}|'.format('y', '^', 7), '{0:{1}.{2}f}'.format(3.14159, 10, 3))
print('{:{w}.{p}f}|'.format(2.71828, w=9, p=2), '{:{fill}{align}{width}}'.format('z', fill='*', align='<', width=4))
print('{:}'.format(5), '{0:}'.format('s'), '{}'.format(None), '{}'.format([1, {'a': (2,)}]))
print('{a}{b}'.format_map({'a': 1, 'b': 2}), '{x[0]}'.format_map({'x': 'str'}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{known} {unknown}'.format_map(Default(known='K')))
class P:
    def __init__(self):
        self.x, self.y = 1, [10, 20]
    def __format__(self, spec):
        return 'P[' + spec + ']'
print('{0.x} {0.y[1]} {0} {0:hello}'.format(P()), format(P(), 'abc'), f'{P():!r}')
print('{0:d} {0:x} {0:b}'.format(10), '{:,}'.format(10 ** 9), '{:_}'.format(10 ** 9))
