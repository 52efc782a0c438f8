def make_all():
    result = {}
    for name in ["x", "y"]:
        def get(n=name):
            return n.upper()
        result[name] = get
    return result
fs = make_all()
print(fs["x"](), fs["y"]())
def accumulate():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulate()
print([acc(v) for v in [1, 2, 3, 4]])
def gen_closures():
    out = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        out.append(f())
    return [g() for g in out]
print(gen_closures())
