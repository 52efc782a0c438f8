# map and filter
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])), list(map(lambda x: x * x, range(5))))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')), list(map(int, '123')))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(str.upper, ['a', 'b'])), list(map(abs, (-1, 2, -3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])), list(filter(str.isalpha, 'a1b2!c')))
print(list(filter(lambda x: x % 3 == 0, range(20))), tuple(filter(bool, (0, 0.0, 0j, 1))), list(filter(len, ['', 'x'])))
m = map(lambda x: x + 1, [10, 20])
print(type(m).__name__, next(m), next(m), next(m, 'done'))
f = filter(None, [0, 7])
print(type(f).__name__, list(f), list(f))
log = []
def noisy(x):
    log.append(x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(sum(map(int, '12345')), ''.join(map(chr, [72, 105])), sorted(map(len, 'the quick brown fox'.split())))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), set(filter(lambda c: c in 'aeiou', 'education')) == set('euaio'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: map(str))
t(lambda: list(map(1, [1])))
t(lambda: list(filter(1, [1])))
t(lambda: list(map(int, ['1', 'x'])))
t(lambda: filter(None))
t(lambda: map(str, 5))
