def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def arg_cell(x):
    def get():
        return x
    x = x + 1
    return get

def deleted():
    v = 1
    def f():
        return v
    del v
    return f

g = 0
def uses_global():
    global g
    g = g + 1
    return g
