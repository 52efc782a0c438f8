# ceil, floor, trunc, fabs, copysign, fmod, remainder, modf, frexp, ldexp
import math
for x in [2.5, -2.5, 2.0, -0.5, 0.0, -0.0, 1e20, -1e-20, 3.9999999999999996, 7, -7, True, 2 ** 70 + 0.5]:
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x), repr(math.fabs(x)), type(math.ceil(x)).__name__)
print(repr(math.copysign(3, -0.0)), repr(math.copysign(-3, 0.0)), repr(math.copysign(0.0, -1)), repr(math.copysign(math.inf, -2)), repr(math.copysign(1, math.nan)))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1e300, 3), (0.0, 1), (-0.0, 1), (3, math.inf), (10, 0.1)]:
    print(a, b, repr(math.fmod(a, b)), repr(math.remainder(a, b)), repr(a % b))
for x in [3.75, -3.75, 0.0, -0.0, 1e20, 5, math.inf, -math.inf]:
    print(repr(x), math.modf(x))
for x in [1.0, 0.5, 8.0, 0.1, -3.0, 0.0, 1e300, 5e-324, 1023.5]:
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x)
print(repr(math.ldexp(1, 10)), repr(math.ldexp(0.5, -1073)), repr(math.ldexp(1.5, 1023)), repr(math.ldexp(1, -1080)), repr(math.ldexp(-0.0, 5)))
print(math.floor(-0.0), math.ceil(-0.5), repr(math.fabs(-0.0)), math.trunc(-0.9), math.floor(1e16 + 1))
class Ceily:
    def __ceil__(self):
        return 'ceil!'
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
print(math.ceil(Ceily()), math.floor(Ceily()), math.trunc(Ceily()))
