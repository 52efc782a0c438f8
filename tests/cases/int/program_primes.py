# Program-like: primes, gcd and digit manipulations with integers
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]

primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(462, 1071), gcd(2 ** 40 * 3, 2 ** 35 * 9), gcd(0, 5), gcd(17, 0))
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(9876543210), digits(0), sum(digits(2 ** 100)))
def is_palindrome(n):
    s = str(n)
    return s == s[::-1]
print([n for n in range(100, 200) if is_palindrome(n)])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27), collatz(837799))
def miller_rabin(n):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(2 ** 61 - 30, 2 ** 61) if miller_rabin(p)], miller_rabin(2 ** 127 - 1), miller_rabin(2 ** 128 + 1))
