# Interpreter micro-benchmark (see docs/benchmarks.md, "Interpreter alone").
def g(n):
    d = {}
    for i in range(n):
        d[i % 5000] = d.get(i % 5000, 0) + i
    s = {}
    for w in ("a", "bb", "ccc", "dd", "e") * (n // 5):
        s[w] = s.get(w, 0) + 1
    return sum(d.values()), sorted(s.items())
print(g(1_000_000))
