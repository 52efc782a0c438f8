# Hyperbolic functions and their inverses
import math
for x in [0.0, 0.5, 1.0, -1.0, 2.0, 10.0, -20.0, 1e-8, 100.0]:
    print(repr(x), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)), repr(math.asinh(x)))
for x in [1.0, 1.5, 2.0, 10.0, 1e10]:
    print(repr(x), repr(math.acosh(x)))
for x in [0.0, 0.5, -0.5, 0.99, -0.999999, 1e-10]:
    print(repr(x), repr(math.atanh(x)))
print(repr(math.tanh(math.inf)), repr(math.tanh(-math.inf)), repr(math.sinh(-math.inf)), repr(math.cosh(-math.inf)), repr(math.asinh(math.inf)))
print(repr(math.asinh(-0.0)), repr(math.sinh(-0.0)), repr(math.tanh(-0.0)), repr(math.atanh(-0.0)))
