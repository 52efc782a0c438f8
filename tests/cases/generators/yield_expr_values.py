def g():
    x = yield
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    z = yield
    print("z =", z)
gen = g()
print(next(gen))
print(gen.send(5))
print(next(gen))
try:
    gen.send("last")
except StopIteration:
    print("done")
def yf_send():
    r = yield from g()
    return r
gen2 = yf_send()
next(gen2)
print(gen2.send(1))
