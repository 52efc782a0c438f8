# Generators resumed many times from hot loops, with yielded types changing.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
s = 0
for v in counter(100000):
    s += v
print(s)
def mixed(n):
    for i in range(n):
        yield i if i < n - 3 else float(i)
print(sum(mixed(20000)))
def relay(n):
    yield from counter(n)
    return "end"
def consume():
    r = yield from relay(50000)
    yield r
out = list(consume())
print(len(out), out[-2], out[-1])
gens = [counter(3) for _ in range(10000)]
print(sum(sum(g) for g in gens))
