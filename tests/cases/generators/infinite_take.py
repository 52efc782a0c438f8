def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
print(take(5, naturals()))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(10, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(12)])
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
