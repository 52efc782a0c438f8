# types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
import types


def f(a, b=2):
    return a + b + X


X = 1


def make(*a, **k):
    try:
        r = types.FunctionType(*a, **k)
        print(r.__name__, r.__qualname__, r.__defaults__, r.__module__)
        return r
    except Exception as e:
        print(type(e).__name__, e)


g = make(f.__code__, {"X": 10})
print(g(1, 2))
g = make(f.__code__, {"X": 10, "__name__": "mm"}, "nm", (5,))
print(g(1), g.__module__)
make(1, {})
make(f.__code__, 1)
make(f.__code__, {}, 3)
make(f.__code__, {}, None, [1])
make(f.__code__, {}, None, None, (1,))
make(f.__code__, {}, None, None, 1)
make()
make(f.__code__)
make(f.__code__, {}, name="q")
make(f.__code__, {}, foo=1)
make(f.__code__, {}, None, None, None, None)


def outer():
    y = 5

    def inner():
        return y

    return inner


i = outer()
make(i.__code__, {})
make(i.__code__, {}, None, None, (1,))
make(i.__code__, {}, None, None, (1, 2))
h = make(i.__code__, {}, None, None, i.__closure__)
print(h())


def uses_len():
    return len


ns = {}
k = types.FunctionType(uses_len.__code__, ns)
print(k() is len, ns)
print(type(f)(f.__code__, globals(), None, (7,))(3))
