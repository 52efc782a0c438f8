# factorial, comb, perm, gcd, lcm, isqrt, prod
import math
print([math.factorial(n) for n in range(11)], math.factorial(20), math.factorial(21))
print(math.factorial(30), math.factorial(52))
print(len(str(math.factorial(500))), math.factorial(100) % (10 ** 9 + 7), str(math.factorial(1000))[:20])
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5), math.perm(20, 10), math.perm(0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(-4, 6), math.lcm(2, 3, 4, 5, 6, 7), math.lcm(*range(1, 21)))
print([math.isqrt(n) for n in [0, 1, 3, 4, 8, 9, 15, 16, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.isqrt(10 ** 40 - 1))
print(math.isqrt(True), math.isqrt(2 ** 64 - 1), math.isqrt(123456789012345678901234567890))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod([3]))
print(math.prod(range(1, 31)) == math.factorial(30), math.prod([0.1] * 3), math.prod([2 ** 40] * 3))
print(math.comb(10 ** 4, 3), math.perm(10 ** 4, 3), math.gcd(math.factorial(20), 2 ** 30), math.lcm(10 ** 20, 15))
class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.comb(I(), 2), math.gcd(I(), 4), math.isqrt(I()))
