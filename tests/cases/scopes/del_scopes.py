def f():
    a = 1
    del a
    a = 2
    return a
print(f())
x = 1
def g():
    global x
    del x
g()
print("x" in globals())
def h():
    v = [1]
    def inner():
        return v
    r = inner()
    del v
    try:
        inner()
    except NameError as e:
        return r, str(e)
print(h())
