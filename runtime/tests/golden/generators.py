def gen(n):
    for i in range(n):
        yield i
    return "done"

def delegate():
    result = yield from gen(3)
    x = yield
    yield x, result

def echo():
    while True:
        value = yield
        print(value)
