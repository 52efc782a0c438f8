def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2))
print(f(1, flag=True, key="k"))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"))
print(f.__kwdefaults__, g.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
def h(*, a, b):
    return a - b
try:
    h()
except TypeError as e:
    print(e)
print(h(b=1, a=10))
