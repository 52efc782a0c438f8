# Shadowing builtins and globals while a loop that uses them is hot.
import builtins
def measure(items):
    t = 0
    for it in items:
        t += len(it)
    return t
data = ["ab", "cde", ""] * 10000
print(measure(data))
len = lambda o: 1
print(measure(data))
del len
print(measure(data))
saved = builtins.len
builtins.len = lambda o: 2
try:
    print(measure(data[:5]))
finally:
    builtins.len = saved
print(measure(data[:5]))
LIMIT = 10
def under(n):
    c = 0
    for i in range(n):
        if i < LIMIT:
            c += 1
    return c
print(under(50000))
LIMIT = 40000
print(under(50000))
