# One call site, many argument types, after it has become hot.
def describe(x):
    return type(x).__name__ + ":" + str(x)
def twice(x):
    return x + x
out = []
for i in range(30000):
    twice(i)
vals = [7, 1.5, "ab", [1], (2,), True, None if False else -3, 10**20]
for v in vals:
    out.append(twice(v))
print(out)
print([describe(v) for v in vals])
def kw(a, b=2, *, c=3):
    return a + b + c
s = 0
for i in range(20000):
    s += kw(i) + kw(i, c=0) + kw(a=1, b=i)
print(s)
