# isclose, isfinite, isinf, isnan, nextafter, ulp, fsum
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.0099), math.isclose(1, 1))
for x in [0.0, 1.0, math.inf, -math.inf, math.nan, 1e308, 5, True, -0.0, 5e-324]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
print(repr(math.nextafter(1.0, 2.0)), repr(math.nextafter(1.0, 0.0)), repr(math.nextafter(0.0, 1.0)), repr(math.nextafter(0.0, -1.0)))
print(repr(math.nextafter(1.0, 1.0)), repr(math.nextafter(math.inf, 0)), repr(math.nextafter(1.7976931348623157e308, math.inf)), repr(math.nextafter(-0.0, 1.0)))
for x in [1.0, 0.0, 2.0, 1e16, 1e-300, 5e-324, 1.7976931348623157e308, -3.5, math.inf, math.nan, 1e300]:
    print(repr(x), repr(math.ulp(x)))
print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100])), repr(math.fsum([])))
print(repr(math.fsum([1, 2, 3])), repr(math.fsum([0.1, 0.2, 0.3])), repr(math.fsum(x / 10 for x in range(1, 11))))
print(repr(math.fsum([math.inf, 1])), repr(math.fsum([-0.0, -0.0])), repr(math.fsum([2 ** 53, 1, 1])))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: math.isclose(1, 1, rel_tol=-1))
t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([1e308, 1e308, -1e308]))
t(lambda: math.fsum(['a']))
t(lambda: math.isnan('x'))
t(lambda: math.isinf(10 ** 400))
t(lambda: math.nextafter(1))
