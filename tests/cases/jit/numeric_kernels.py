# Typed fast paths: int and float arithmetic, comparisons, intrinsics, list indexing.
import math

def poly(n):
    acc = 0.0
    for i in range(n):
        x = i * 0.001
        acc += 3.0 * x * x - 2.0 * x + 1.0 / (1.0 + x)
    return acc

print(round(poly(20000), 6))

def intr(n):
    a = 0
    b = 0.0
    for i in range(-n, n):
        a += abs(i) + min(i, 3) + max(i, -3)
        b += math.sqrt(abs(i)) + math.floor(i / 7) + float(i) - int(i * 0.5)
    return a, round(b, 6)

print(intr(3000))

def trig(n):
    s = 0.0
    for i in range(n):
        s += math.sin(i * 0.01) * math.cos(i * 0.02)
    return round(s, 9)

print(trig(5000))

def vec(n):
    xs = [float(i) for i in range(n)]
    ys = [0.0] * n
    for k in range(3):
        for i in range(n):
            ys[i] = ys[i] + xs[i] * (k + 1)
    t = (1, 2, 3)
    return sum(ys), ys[-1], xs[-1] + t[2] + t[-1]

print(vec(4000))

def divs(n):
    q = 0
    r = 0.0
    for i in range(1, n):
        q += (n * 7) // i - (n * 7) % i
        r += n / i
    return q, round(r, 6)

print(divs(3000))
print(1.0 / 3, 7 / 2, -7 // 2, 2 ** 10, 10 ** 20 // 3)

def cmps(n):
    c = 0
    for i in range(n):
        f = i * 0.5
        if f < 10.0 or f >= 900.0:
            c += 1
        if i != 5 and not (i == 7):
            c += 2
    return c

print(cmps(3000))
print(isinstance(3, int), isinstance(True, int), isinstance(2.0, int), isinstance(2.0, float))
