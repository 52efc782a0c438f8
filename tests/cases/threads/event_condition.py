# Event and Condition handshakes between threads.
import threading

ev = threading.Event()
log = []


def waiter():
    ok = ev.wait(5)
    log.append(("waiter saw", ok))


t = threading.Thread(target=waiter)
t.start()
print(ev.is_set())
ev.set()
t.join()
print(log, ev.is_set())
ev.clear()
print(ev.wait(0.01))

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(sorted(items))


got = []
c = threading.Thread(target=consumer, args=(got,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(got)

with cond:
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
