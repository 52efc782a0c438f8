# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
def f(n):
    t = 0
    for i in range(n):
        t = (t + i * 3 - (i >> 2)) % 1000003
    return t
print(f(3_000_000))
