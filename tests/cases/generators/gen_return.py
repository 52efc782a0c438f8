def g(n):
    for i in range(n):
        if i == 2:
            return "early"
        yield i
    return "normal"
def drive(gen):
    vals = []
    while True:
        try:
            vals.append(next(gen))
        except StopIteration as e:
            return vals, e.value
print(drive(g(5)))
print(drive(g(1)))
def empty():
    return
    yield
print(list(empty()), drive(empty()))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
