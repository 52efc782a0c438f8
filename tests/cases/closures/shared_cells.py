def pair():
    value = "init"
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = pair()
print(g())
s("changed")
print(g())
print(s.__closure__[0] is g.__closure__[0])
def outer():
    x = 1
    def f():
        return x
    x = 2
    return f
print(outer()())
def later():
    fns = []
    for _ in range(2):
        fns.append(lambda: y)
    y = "bound after"
    return fns
print([f() for f in later()])
