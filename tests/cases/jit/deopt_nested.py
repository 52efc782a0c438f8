# A deoptimization deep inside nested compiled calls: the callee's state is rebuilt as an
# interpreter frame while its callers stay in compiled code.
def leaf(x):
    return x * 2 + 1

def middle(x):
    return leaf(x) + leaf(x + 1)

def top(n):
    s = 0
    for i in range(n):
        s += middle(i)
    return s

print(top(3000))
print(top(5) + middle(2**62))
print(middle(1.5), middle(10**30))

def level3(v):
    return v + 1

def level2(v):
    return level3(v) * 2

def level1(vals):
    out = []
    for v in vals:
        out.append(level2(v))
    return out

vals = list(range(2000)) + [2.5, "x" if False else 7, 10**25, -1]
r = level1(vals)
print(len(r), r[-4:])

def raiser(v):
    if v == 1500:
        raise ValueError("bad %d" % v)
    return v

def outer(n):
    t = 0
    try:
        for i in range(n):
            t += raiser(i)
    except ValueError as e:
        return t, str(e)
    return t, None

print(outer(3000))
