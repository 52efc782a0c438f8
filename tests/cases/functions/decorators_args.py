import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    "Say hello."
    return "hi " + name
print(hello("x"))
print(hello.__name__, hello.__doc__)
print(hello.__wrapped__("y"))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("double")
def dbl(x):
    return 2 * x
@register("neg")
def neg(x):
    return -x
print(sorted(registry), registry["double"](4), registry["neg"](4))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)
