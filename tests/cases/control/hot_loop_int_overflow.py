# Integer arithmetic in a hot loop that leaves the machine-word range.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
for n in (10, 39, 40, 41, 60):
    print(n, grow(n))
def countdown_mul():
    x = 2**62
    steps = 0
    while x < 2**70:
        x += x // 3
        steps += 1
    return steps, x
print(countdown_mul())
acc = 0
for i in range(100000):
    acc += i * i
print(acc, acc > 2**63)
print(-(2**63) - 1, (2**63 - 1) + 1, (-2**63) // -1)
