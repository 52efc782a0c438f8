# A Thread subclass overriding run(), names, idents, repr states.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))
        self.seen_name = threading.current_thread().name


ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
print([w.name for w in ws])
print([w.seen_name == w.name for w in ws])
print(repr(ws[0]).split(",")[0], "stopped" in repr(ws[0]))
print(all(isinstance(w.ident, int) and w.native_id for w in ws))
t = threading.Thread(target=print, args=("hello from thread",), name="printer")
print(repr(t))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
