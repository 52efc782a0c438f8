# Barrier synchronises threads; Timer runs later and can be cancelled; Semaphores.
import threading

b = threading.Barrier(3)
indices = []


def party():
    indices.append(b.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), b.parties, b.n_waiting, b.broken)

fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
print(fired)
tc = threading.Timer(5, fired.append, args=("never",))
tc.start()
tc.cancel()
tc.join()
print(fired)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

active = []
peak = []
lim = threading.Semaphore(2)
guard = threading.Lock()


def limited():
    with lim:
        with guard:
            active.append(1)
            peak.append(len(active))
        threading.Event().wait(0.01)
        with guard:
            active.pop()


ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max(peak) <= 2, len(peak))
