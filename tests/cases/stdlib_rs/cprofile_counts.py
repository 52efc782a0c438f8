# cProfile/pstats: call counts only (timings vary).
import cProfile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper():
    return [fib(i) for i in range(5)]


p = cProfile.Profile()
p.enable()
helper()
p.disable()
st = pstats.Stats(p)
for (fname, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: kv[0][2]):
    if name in ('fib', 'helper'):
        print(name, line, nc, cc, tt >= 0, ct >= tt - 1e-9)

p2 = cProfile.Profile()
print(p2.runcall(fib, 6))
print([v[1] for k, v in pstats.Stats(p2).stats.items() if k[2] == 'fib'])
