# Unpacking from iterators and iterables
a, b, c = iter([1, 2, 3])
print(a, b, c)
x, y = 'hi'
print(x, y)
(p, q), r = [(1, 2), 3]
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = (x * x for x in range(4))
print(init, tail)
head, *rest = iter('a')
print(head, rest)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
(i1, v1), (i2, v2) = enumerate('xy')
print(i1, v1, i2, v2)
for idx, (ch, num) in enumerate(zip('ab', [10, 20])):
    print(idx, ch, num)
print(*iter([1, 2]), *'ab', *range(2), sep=',')
merged = [*range(3), *'xy', *(7,)]
print(merged, {*'aab'} == {'a', 'b'}, (*[1], *[2]))
print({**dict(zip('ab', (1, 2))), 'c': 3})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*iter([1, 2]), *map(str, [3]), **{'k': 'v'}))
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def too_many():
    a, b = iter([1, 2, 3])
def too_few():
    a, b, c = iter([1])
def star_short():
    a, *b, c = [1]
def non_iter():
    a, b = 3
def generator_short():
    a, b = (x for x in [1])
t(too_many)
t(too_few)
t(star_short)
t(non_iter)
t(generator_short)
