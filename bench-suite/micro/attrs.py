# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def g(n):
    p = P(1, 2)
    t = 0
    for i in range(n):
        p.x = p.y + i
        t += p.x
    return t
print(g(3_000_000))
