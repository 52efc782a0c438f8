# Sums, differences and products of ints a few machine words long (the digit-loop paths),
# checked against values built independently, across signs and carry/borrow boundaries.
import random

rng = random.Random(1234)
W = 1 << 64
edges = [0, 1, -1, 2, -2, W - 1, -(W - 1), W, -W, W + 1, -(W + 1), (1 << 63) - 1, -(1 << 63),
         1 << 63, -(1 << 63) - 1, W * W - 1, -(W * W - 1), W * W, W ** 3 - 1, W ** 8 - 1,
         -(W ** 8 - 1), W ** 8, W ** 9 + 12345, -(W ** 9) - 1]


def value(n):
    kind = n % 4
    if kind == 0:
        return rng.choice(edges)
    words = rng.randint(1, 10)
    v = rng.getrandbits(64 * words)
    if kind == 1:
        v |= (W - 1) << (64 * (words - 1))  # all-ones top word: carries run through
    if kind == 2:
        v = (v >> 64) << 64  # zero low word: borrows run through
    return -v if rng.random() < 0.5 else v


def digest(x):
    return x % 1000000007, x.bit_length(), x < 0


acc = 0
for n in range(3000):
    a, b = value(n), value(n + 1)
    s, d, p = a + b, a - b, a * b
    # Independent checks: the identities hold whatever path computed each side.
    assert s - b == a and s - a == b, (a, b)
    assert d + b == a and b - a == -d, (a, b)
    assert (a * b) == (b * a) and (p == 0) == (a == 0 or b == 0), (a, b)
    if b:
        assert p // b == a and p % b == 0, (a, b)
    acc = (acc * 31 + hash(digest(s)) + 7 * hash(digest(d)) + 13 * hash(digest(p))) % (1 << 61)
print(acc)

# Boundaries where a result falls back into (or out of) a machine word.
print((1 << 64) - (1 << 64), (1 << 64) - 1 - (1 << 63), -(1 << 63) - 1 + 1)
print(type((1 << 64) - (1 << 64)), (W + 5) - W, -(W + 5) + W, W * 0, -W * -1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4294967296 * 4294967296)
print((W - 1) * (W - 1), -(W - 1) * (W + 1), (W ** 8 - 1) * (W ** 8 - 1) % 999999937)

# Low bits by a power-of-two modulus, both signs.
v = 1
for i in range(1, 2000):
    v = v * 6364136223846793005 + i
    v %= 1 << 127
print(v, (-v) % (1 << 127), v % (1 << 64), (-v) % (1 << 64), v % (1 << 1), (W ** 3 + 5) % (1 << 190))
