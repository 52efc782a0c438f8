# math functions on big integers
import math
print(math.factorial(30), math.comb(100, 50))
print(math.isqrt(10 ** 40), math.isqrt(10 ** 41), math.isqrt(2 ** 200) == 2 ** 100, math.isqrt(3 ** 99))
print(math.gcd(2 ** 200 - 1, 2 ** 150 - 1), math.gcd(math.factorial(50), 10 ** 30), math.lcm(2 ** 70, 3 ** 40))
print(repr(math.log(2 ** 1000)), repr(math.log2(2 ** 1000)), repr(math.log10(10 ** 500)), repr(math.log(10 ** 1000, 10)))
print(repr(math.log(2 ** 10000)), repr(math.log2(3 ** 5000)), repr(math.log1p(2 ** 100)), repr(math.log(2 ** 1023 * 3)))
print(repr(math.sqrt(2 ** 100)), repr(math.sqrt(10 ** 300)), repr(math.floor(2 ** 100 / 3)), math.ceil(10 ** 30), math.trunc(-(10 ** 25)))
print(repr(math.fsum([2 ** 60, 1, -(2 ** 60)])), math.prod(range(1, 26)), math.perm(30, 15))
print(math.isclose(2 ** 100, 2 ** 100 + 1), repr(math.copysign(2 ** 100, -1)), repr(math.fabs(-(2 ** 80))), math.isfinite(10 ** 300))
print(repr(math.hypot(3 * 10 ** 100, 4 * 10 ** 100)), repr(math.dist((0, 0), (10 ** 20, 10 ** 20))))
print(math.factorial(25) // math.factorial(23), math.comb(2 ** 10, 2), sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
digits = str(math.factorial(200))
print(len(digits), digits[:15], digits.count('0'), len(digits) - len(digits.rstrip('0')))
