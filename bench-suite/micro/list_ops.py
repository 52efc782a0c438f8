# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
def g(n):
    xs = []
    for i in range(n):
        xs.append(i * 2)
    t = 0
    for i in range(len(xs)):
        t += xs[i]
        xs[i] = t & 1023
    return t, sum(xs)
print(g(2_000_000))
