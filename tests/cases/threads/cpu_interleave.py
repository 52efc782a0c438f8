# CPU-bound threads interleave under the switch interval: both make progress while the other
# runs (the checker thread observes the worker's progress before the worker finishes).
import threading

progress = [0]
stop = threading.Event()


def spin():
    i = 0
    while not stop.is_set():
        i += 1
        progress[0] = i


def watch(out):
    seen = 0
    while seen < 3:
        if progress[0] > 0:
            seen += 1
            progress[0] = 0
    out.append("saw progress")
    stop.set()


out = []
a = threading.Thread(target=spin)
b = threading.Thread(target=watch, args=(out,))
a.start()
b.start()
a.join()
b.join()
print(out)
