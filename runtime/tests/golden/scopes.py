x = 1
def f():
    return x

def g():
    x = 2
    return x

def h():
    global x
    x = 3

class C:
    x = 4
    y = x
    def m(self):
        return x

def enclosing():
    z = 1
    class Inner:
        z = z
        w = z
    return Inner
