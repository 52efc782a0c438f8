x = 10
res = [x for x in range(3)]
print(res, x)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class C:
    items = [1, 2, 3]
    first_iter_ok = [i for i in items]
print(C.first_iter_ok)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
print([(lambda v: v * 2)(i) for i in range(3)])
print([j for j in range(3)], "j" in dir())
