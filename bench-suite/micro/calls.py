# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
def add(a, b):
    return a + b
def g(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
print(g(3_000_000))
