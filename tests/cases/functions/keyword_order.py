def show(**kw):
    for k, v in kw.items():
        print(k, v)
show(z=1, a=2, m=3)
def f(a, b, c):
    return a, b, c
print(f(c=3, a=1, b=2))
order = []
def v(n):
    order.append(n)
    return n
print(f(v(1), c=v(3), b=v(2)))
print(order)
opts = dict(color="red", size=3)
print(opts)
print(dict(opts, size=4))
