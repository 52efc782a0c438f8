a = 1
del a
def f():
    b = 1
    del b
    def g():
        return c
    c = 2
    del c
del x.y, x[0], x[1:2]
del (p, q), [r]
