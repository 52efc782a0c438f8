# Seed: "GIL (Global Interpreter Lock) / GIL Impact"
# The seed only defines the tasks; here they run (smaller) in threads and report results.
# CPU-bound tasks: GIL limits parallelism
# I/O-bound tasks: GIL released during I/O

import threading

results = {}

# CPU-bound: Limited by GIL
def cpu_task():
    total = sum(i**2 for i in range(100000))
    results["cpu"] = total

# I/O-bound: GIL released during I/O
def io_task():
    import time
    time.sleep(0.01)  # GIL released
    results["io"] = "slept"

threads = [threading.Thread(target=cpu_task), threading.Thread(target=io_task)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
