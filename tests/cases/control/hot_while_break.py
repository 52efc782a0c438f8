# Long-running while loop at module level (on-stack replacement territory).
i = 0
evens = 0
last = None
while True:
    i += 1
    if i % 2 == 0:
        evens += 1
        continue
    if i > 200000:
        last = i
        break
print(i, evens, last)
n = 0
for a in range(300):
    for b in range(300):
        if (a ^ b) & 1:
            n += 1
        elif a == b == 299:
            print("inner end", a, b)
print(n)
