import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

sq = partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords)
cube_mod = partial(power, 3, 3, mod=5)
print(cube_mod())
print(repr(partial(max, 1, 2, key=abs))[:27])
p2 = partial(partial(max, 1), 5)
print(p2.args, p2(3))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner

@deco
def g(x):
    """g doc"""
    return x * 2
print(g(5), g.__name__, g.__doc__, g.__wrapped__.__name__, g.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS)

calls = []
@lru_cache(maxsize=2)
def f(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    f(n)
print(calls, f.cache_info())
f.cache_clear()
print(f.cache_info())
print(f.cache_info().hits, f.cache_info().maxsize)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= V(1))

def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda x, y: cmp(y, x))))

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)
del c.val
print(c.val, c.n)

@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
print(show.dispatch(bool) is show.registry[int])
