def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def h(p, q=5, /):
    return p + q
print(h(1), h(1, 2))
