def f(*args):
    return type(args).__name__, args
print(f())
print(f(1, "a", None))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2))
print(type(kw()).__name__)
def both(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(both(1, 2, 3, b=4, c=5, d=6))
print(list(kw(z=1, a=2, m=3)))
