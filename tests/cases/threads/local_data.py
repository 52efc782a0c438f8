# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
out = []


def worker(i):
    out.append(hasattr(data, "x"))
    data.x = i
    data.y = i * 10
    out.append((data.x, data.y))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out, key=str))
print(data.x, hasattr(data, "y"))


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


m = MyLocal(7)
res = []
t = threading.Thread(target=lambda: res.append(m.v))
t.start()
t.join()
print(m.v, res)
