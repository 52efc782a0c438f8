# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
class C:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self.n
def g(n):
    c = C()
    for i in range(n):
        c.inc(i)
    return c.n
print(g(2_000_000))
