# A variable whose type changes in the middle of a hot loop.
def f(n):
    x = 0
    seen = []
    for i in range(n):
        if i == n // 2:
            x = 1.5
        if i == n - 10:
            x = "s"
        if isinstance(x, str):
            x = x + "t"
        else:
            x = x + 1
        if i % 997 == 0:
            seen.append(type(x).__name__)
    return x, seen

print(f(5000))

def mixed(values):
    total = 0
    for v in values:
        total = total + v
    return total

print(mixed([1, 2, 3] * 500))
print(mixed([1, 2.5, 3] * 500))
print(mixed([True, 2, 3] * 500))
print(mixed([1, 2, 10**20] * 500))

def cmp_types(vals):
    n = 0
    for a in vals:
        if a < 3:
            n += 1
    return n

print(cmp_types(list(range(2000)) + [1.5, 2.5, 3.5] * 100))
