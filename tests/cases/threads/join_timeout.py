# join(timeout) returns while the thread is still alive; is_alive before/after.
import threading
import time

stop = threading.Event()


def slow():
    stop.wait(5)


t = threading.Thread(target=slow)
print(t.is_alive())
t.start()
t.join(0.02)
print(t.is_alive())
stop.set()
t.join()
print(t.is_alive())

start = time.monotonic()
t2 = threading.Thread(target=time.sleep, args=(0.05,))
t2.start()
t2.join(timeout=5)
print(t2.is_alive(), time.monotonic() - start < 4)
