# The _thread and multiprocessing surface.
import _thread
import multiprocessing
from multiprocessing import Process, Pool, cpu_count, current_process

print(_thread.error is RuntimeError, _thread.LockType.__name__)
lk = _thread.allocate_lock()
print(lk.acquire(), lk.locked())
lk.release()
done = _thread.allocate_lock()
done.acquire()
box = []


def f(a, b=0):
    box.append(a + b)
    done.release()


_thread.start_new_thread(f, (1,), {"b": 2})
done.acquire()
print(box)
print(isinstance(cpu_count(), int), current_process().name)
p = Process(target=print, args=("x",))
print(p.name.startswith("Process-"), p.daemon)
try:
    _thread.start_new_thread(f, [1])
except TypeError as e:
    print("TypeError:", e)
