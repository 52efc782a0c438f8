# Threads compute into a shared dict and list; the main thread joins and prints sorted results.
import threading

results = {}
squares = []


def work(n):
    total = 0
    for i in range(n * 1000):
        total += i % 7
    results[n] = total
    squares.append(n * n)


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(sorted(squares))
print(all(not t.is_alive() for t in threads))
print(threading.active_count())
