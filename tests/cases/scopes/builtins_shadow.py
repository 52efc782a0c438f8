import builtins
print(len([1, 2]))
len = lambda o: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
print(builtins.len is len)
def f():
    return max(1, 2)
builtins_max = builtins.max
builtins.max = lambda *a: "patched"
print(f())
builtins.max = builtins_max
print(f())
print(type(__builtins__).__name__)
