f = lambda: 0
g = lambda x, y=1, *a, k, **kw: (x, y, a, k, kw)
h = lambda: (yield)
adders = [lambda v, i=i: v + i for i in range(3)]
def outer(n):
    return lambda m: n + m
