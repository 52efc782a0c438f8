# Int arithmetic that overflows 64 bits in the middle of a hot loop, then comes back.
def grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + i
        if i % 10 == 9:
            out.append(x % 1000003)
    return x, out

x, out = grow(100)
print(x.bit_length(), out[:5], out[-3:])

def wrap(n):
    acc = 0
    for i in range(n):
        acc += 2**62
        acc -= 2**62 - 1
    return acc

print(wrap(3000))

def shifts(n):
    total = 0
    for i in range(n):
        total += (i << (i % 70)) >> 3
    return total

print(shifts(2000))

def neg_floor(n):
    s = 0
    for i in range(-n, n):
        s += i // 7 + i % 7 + (-i) // 3
    return s

print(neg_floor(1500))
print(-(-2**63), abs(-2**63), (-2**63) // -1)
