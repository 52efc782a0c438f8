# time.sleep sleeps at least the requested time
import time
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.009)
start = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - start >= 0.045)
start = time.time()
r = time.sleep(0)
print(r, time.time() - start >= 0)
time.sleep(0.001)
time.sleep(False)
print(time.sleep(0.0) is None)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: time.sleep(-1))
t(lambda: time.sleep('1'))
t(lambda: time.sleep())
t(lambda: time.sleep(float('nan')))
