# Big-int arithmetic on operands of every size and sign: floor division and modulo with
# small quotients (estimated from the top bits), power-of-two divisors (shifts and masks),
# `&` with a small mask, shifts, and comparisons between big and small values.

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed


rng = lcg(12345)


def rand_int(bits):
    v = 0
    for _ in range(bits // 64 + 1):
        v = (v << 64) | next(rng)
    v >>= (bits // 64 + 1) * 64 - bits
    return -v if next(rng) & 1 else v


acc = 0
checks = 0
sizes = [1, 30, 63, 64, 65, 100, 127, 128, 129, 200, 1000, 5000, 9000]
for na in sizes:
    for nb in sizes:
        for trial in range(3):
            a = rand_int(na)
            b = rand_int(nb) or 7
            q, r = divmod(a, b)
            assert q * b + r == a
            assert (r == 0) or ((r < 0) == (b < 0)) and abs(r) < abs(b)
            assert a // b == q and a % b == r
            acc = (acc * 31 + q % 1000003 + r % 999983) % (1 << 61)
            checks += 1

# Quotients just around the estimate's corrections: a close to multiples of b.
for nb in [65, 100, 300, 9000]:
    b = rand_int(nb) | (1 << (nb - 1))
    b = abs(b)
    for k in [1, 2, 3, 2**31, 2**62 - 1, 2**62, 2**62 + 1]:
        for delta in [-1, 0, 1, b - 1, -b + 1]:
            a = k * b + delta
            for sa, sb in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
                q, r = divmod(sa * a, sb * b)
                assert q * sb * b + r == sa * a, (nb, k, delta)
                assert r == 0 or (r < 0) == (sb < 0)
                acc = (acc * 31 + q % 1000003 + r % 999983) % (1 << 61)
                checks += 1

# Power-of-two divisors: floor division is a shift, modulo the low bits.
for n in [65, 127, 128, 190, 1000]:
    for k in [1, 63, 64, 65, 127, 128, 500]:
        for sign in [1, -1]:
            a = sign * rand_int(n)
            p = 1 << k
            assert a // p == a >> k
            assert a % p == a - (a >> k << k)
            assert a % p == a & (p - 1)
            acc = (acc * 31 + (a // p) % 1000003 + (a % p) % 999983) % (1 << 61)
            checks += 1

# `&` with small masks, and the other bit operations between big and small values.
for n in [65, 128, 700]:
    for m in [0, 1, 0xFFFF, 0x7FFFFFFFFFFFFFFF, -1, -2, -(1 << 63)]:
        a = rand_int(n)
        for x, y in [(a, m), (m, a), (-a, m)]:
            acc = (acc * 31 + (x & y) % 1000003 + (x | y) % 999983 + (x ^ y) % 999979) % (1 << 61)
            checks += 1

# Shifts of big values by small and big counts.
big = rand_int(300)
print(big >> 10 == big // 1024, (-big) >> 299, (-big) >> 300, (-big) >> 5000, big >> (1 << 70))
print(-big >> (1 << 70), 0 << (1 << 70))
for bad in [lambda: big << (1 << 70), lambda: big >> -1, lambda: big << -(1 << 70),
            lambda: big // 0, lambda: big % 0, lambda: divmod(big, 0), lambda: 1 << -1]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

# Comparisons between big and small values of both signs.
vals = [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64, 10**30, -10**30]
table = "".join("<=>"[(x > y) - (x < y) + 1] for x in vals for y in vals)
print(table)
print(checks, acc)

# A spigot-like loop: small quotients of numbers that grow to thousands of digits.
q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < m * t:
        digits.append(m)
        q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
    else:
        q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
print("".join(map(str, digits[:60])), sum(digits))
