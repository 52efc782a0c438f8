# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
def f(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.999 + y / (i + 1.0)
        y = y + 0.5
    return x
print(round(f(3_000_000), 6))
