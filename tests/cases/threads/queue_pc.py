# Queue producer/consumer with task_done/join, and the other queue kinds.
import queue
import threading

q = queue.Queue(maxsize=3)
consumed = []


def producer(base):
    for i in range(10):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item * 2)
        q.task_done()


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
q.join()
for t in cs:
    t.join()
print(sorted(consumed))
print(q.empty(), q.qsize())

try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full")

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a")
print(sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty again")
