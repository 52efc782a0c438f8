# Lock and RLock protect a shared counter; lock API details.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)

print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r = threading.RLock()
with r:
    with r:
        print("nested rlock ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

total = 0
rl = threading.RLock()


def bump():
    global total
    for _ in range(500):
        with rl:
            with rl:
                total += 2


ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
print(type(threading.Lock()).__name__, threading.TIMEOUT_MAX > 1e6)
