# Arbitrary-precision arithmetic
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345, b % 12345)
print(-a // 7, -a % 7)
print(a // -7, a % -7)
print(-a // -b, -a % -b)
print(divmod(b, -a))
p = 1
for i in range(1, 41):
    p *= i
print(p)
print(p // (2 ** 38), p % 1000003)
n = -(10 ** 50) + 1
print(n, abs(n), -n)
print(n * n)
print(a == 2 ** 200, a > b, -a < -b, a != a + 1)
print(a + 1 - a, (a * 3) // a, a // a)
print(10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(1 / 2 ** 100)
print(a * 0, a * -1, 0 - a)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 10 ** 9)
mixed = 5 + 10 ** 25
print(mixed, mixed - 10 ** 25, type(mixed - 10 ** 25).__name__)
print(sum([2 ** 62] * 10), max(2 ** 70, 2 ** 69 * 3), min(-2 ** 70, 5))
print(int('9' * 60) + 1)
print((10 ** 40 + 1) * (10 ** 40 - 1))
