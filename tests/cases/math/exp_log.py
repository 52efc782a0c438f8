# exp, exp2, expm1, log variants, pow, sqrt, cbrt
import math
for x in [0.0, 1.0, -1.0, 0.5, 2.0, 10.0, -10.0, 1e-10, 100.0, 700.0, -745.0, -800.0]:
    print(repr(x), repr(math.exp(x)), repr(math.expm1(x)), repr(math.exp2(x)))
for x in [1.0, 2.0, 10.0, 0.5, 100.0, 1e-300, 1e300, math.e, 8.0, 1024.0, 3.0]:
    print(repr(x), repr(math.log(x)), repr(math.log10(x)), repr(math.log2(x)), repr(math.log1p(x)))
print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.log(1000, 10)), repr(math.log(81, 3)), repr(math.log(2, 0.5)), repr(math.log(10, math.e)))
print(repr(math.log1p(1e-15)), repr(math.log1p(-0.5)), repr(math.expm1(1e-15)), repr(math.log(math.inf)), repr(math.exp(-math.inf)))
for b, e in [(2, 10), (2.0, 0.5), (-8, 1 / 3), (0, 0), (1, math.nan), (math.nan, 0), (-1, math.inf), (10, -2), (0.0, 1), (-2.0, 3), (2, -1074), (1.0001, 10000)]:
    try:
        print(b, e, repr(math.pow(b, e)))
    except ValueError as err:
        print(b, e, 'ValueError:', err)
for x in [0.0, -0.0, 1.0, 2.0, 0.25, 1e-300, 1e300, 16, 2 ** 60, 10 ** 20, math.inf]:
    print(repr(x), repr(math.sqrt(x)), repr(math.cbrt(x)))
print(repr(math.cbrt(-27)), repr(math.cbrt(-0.001)), repr(math.cbrt(3)), repr(math.sqrt(2) ** 2), repr(math.exp(math.log(10))))
