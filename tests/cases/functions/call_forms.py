def f(a, b, c=0, *args, x=None, **kw):
    return f"a={a} b={b} c={c} args={args} x={x} kw={kw}"
a = [1, 2]
k = {"y": 9}
print(f(*a))
print(f(*a, **k))
print(f(1, *a, x=2, **k))
print(f(*[1, 2, 3, 4, 5]))
print(f(*a, *a, x=3))
print(f(**{"a": 1, "b": 2}, **{"c": 3, "w": 4}))
print(f(0, *(), **{}, b=7))
print(f(*"ab", *range(2)))
print(f(1, 2, 3, 4, x="kw", z=1))
def g(*args, **kwargs):
    return f(*args, **kwargs)
print(g(1, b=2))
print(f(b=1, a=2))
