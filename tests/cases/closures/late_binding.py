fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])
def make():
    return [lambda: j for j in range(3)]
print([f() for f in make()])
def make_fixed():
    def mk(j):
        return lambda: j
    return [mk(j) for j in range(3)]
print([f() for f in make_fixed()])
i = 100
print([f() for f in fns])
