# Slicing a range yields a range
r = range(1, 20, 2)
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(5, 2), slice(1, -1, 3),
          slice(100, 200), slice(-100, 2), slice(None, None, -3), slice(8, 1, -2)]:
    sub = r[s]
    print(s, repr(sub), list(sub), list(sub) == list(r)[s])
print(range(10)[::-1], range(10)[3:], range(0, 100, 7)[2:10:3], range(10, 0, -1)[::2], range(0)[1:], range(5)[5:])
print(list(reversed(range(0))), list(reversed(range(10, 0, -3))), list(reversed(range(-2, 3, 2))))
rv = reversed(range(3))
print(type(rv).__name__, next(rv), list(rv), list(rv))
it = iter(range(3))
print(type(it).__name__, next(it), next(it), next(it), next(it, 'end'))
big = range(0, 10 ** 30, 10 ** 10)
print(len(big[::10 ** 19]), big[12345], big[-1], big[::10 ** 9][5], 10 ** 25 in big, 10 ** 25 + 1 in big)
