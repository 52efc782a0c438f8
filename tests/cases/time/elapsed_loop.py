# Measuring a loop: the elapsed time is non-negative and clocks never run backwards
import time
readings = []
for i in range(50):
    readings.append(time.perf_counter())
print(all(b >= a for a, b in zip(readings, readings[1:])))
mono = [time.monotonic() for _ in range(50)]
print(all(b >= a for a, b in zip(mono, mono[1:])), len(mono))
start_cpu = time.process_time()
total = 0
for i in range(200000):
    total += i * i
used = time.process_time() - start_cpu
print(total, used >= 0, isinstance(used, float))
start = time.perf_counter_ns()
time.sleep(0.002)
print(time.perf_counter_ns() - start >= 1_500_000)
deadline = time.monotonic() + 0.02
spins = 0
while time.monotonic() < deadline:
    spins += 1
print(spins > 0, time.monotonic() >= deadline)
