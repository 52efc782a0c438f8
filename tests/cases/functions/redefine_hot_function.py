# Rebinding a global function that hot code calls (compiled code must not keep the old one).
def f(x):
    return x + 1
def caller(n):
    t = 0
    for i in range(n):
        t += f(i)
    return t
print(caller(50000))
def f(x):
    return x * 2
print(caller(50000))
f = lambda x: -x
print(caller(1000))
def g(x):
    return 0
caller.__globals__["f"] = g
print(caller(10))
def h(x):
    return 5
def k(x):
    return x
k.__code__ = h.__code__
f = k
print(caller(10))
