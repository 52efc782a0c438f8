# Hot loops at module level (entered by on-stack replacement) and in a long main().
total = 0
for i in range(20000):
    total += i * i % 7
print(total)

s = 0.0
i = 0
while i < 15000:
    s += i / 3.0
    i += 1
print(round(s, 3))

words = ["a", "bb", "ccc"] * 3000
lengths = 0
for w in words:
    lengths += len(w)
print(lengths)

def main():
    acc = 0
    for i in range(30000):
        if i % 3 == 0:
            acc += i
        elif i % 3 == 1:
            acc -= 1
    values = []
    for j in range(5000):
        values.append(j * 0.5)
    return acc, sum(values)

print(main())
k = 0
while True:
    k += 3
    if k > 40000:
        break
print(k)
