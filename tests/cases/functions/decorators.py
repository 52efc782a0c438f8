def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=1)
print(add.__name__)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
order = []
def mark(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
