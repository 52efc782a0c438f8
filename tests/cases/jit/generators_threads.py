# A compiled generator resumed by another thread than the one that started it, and
# generators compiled and run in several threads at once.
import threading
def gen(n):
    t = 0
    for i in range(n):
        t += i
        yield t
g = gen(100000)
for _ in range(50000):
    next(g)
out = []
def worker():
    s = 0
    for v in g:
        s += v
    out.append(s)
th = threading.Thread(target=worker)
th.start(); th.join()
print(out)
def hot(n):
    return sum(gen(n))
res = []
ts = [threading.Thread(target=lambda: res.append(hot(20000))) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
