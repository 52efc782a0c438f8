# erf, erfc, gamma, lgamma
import math
for x in [0.0, 0.1, 0.5, 1.0, -1.0, 2.0, 3.0, 5.0, -5.0, 10.0, 27.0]:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
for x in [1.0, 2.0, 3.0, 4.0, 5.0, 0.5, 1.5, -0.5, -1.5, 10.0, 20.0, 0.1, 171.0, 1e-10]:
    print(repr(x), repr(math.gamma(x)), repr(math.lgamma(x)))
print(repr(math.gamma(math.inf)), repr(math.lgamma(math.inf)), repr(math.lgamma(-math.inf)), repr(math.erf(math.inf)), repr(math.erfc(-math.inf)))
print(repr(math.lgamma(1000.0)), repr(math.lgamma(-2.5)), repr(math.gamma(-2.5)))
print(repr(math.erf(1e-20)), repr(math.erfc(30.0)), repr(1 - math.erf(0.3)), repr(math.erfc(0.3)))
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 20)])
print(repr(math.gamma(0.5) ** 2), repr(math.exp(math.lgamma(10.5))), repr(math.gamma(10.5)))
print(repr(math.erf(-0.0)), repr(math.gamma(-0.5) * math.gamma(1.5)), repr(math.erf(0.5) + math.erfc(0.5)))
