# enumerate and zip
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'stop'), type(e).__name__)
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3], [4, 5, 6])), list(zip('ab', range(10), (True, False, None))))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])), list(zip(range(3), range(3, 6), strict=True)))
pairs = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pairs)
print(xs, ys)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1], [1, 2, 3], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
t(lambda: list(zip(1, [2])))
t(lambda: list(zip([1], None)))
t(lambda: enumerate(5))
t(lambda: enumerate([1], 'a'))
t(lambda: list(enumerate([1], start=1.5)))
t(lambda: zip([1], foo=True))
consumed = iter(range(10))
print(list(zip(consumed, 'ab')), next(consumed))
