# Threads block inside nested evaluation (a sort key and a generator that sleep) and keep
# their own handled exception (sys.exc_info is per thread).
import threading, time
out = []
def key(x):
    time.sleep(0.001)
    return -x
def w(n):
    out.append((n, sorted(range(5), key=key)))
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
def gen():
    for i in range(3):
        time.sleep(0.001)
        yield i
res = []
ts = [threading.Thread(target=lambda: res.append(list(gen()))) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
try:
    raise KeyError(1)
except KeyError:
    t = threading.Thread(target=lambda: res.append(__import__('sys').exc_info()[0]))
    t.start(); t.join()
    print(res[-1], __import__('sys').exc_info()[0])
