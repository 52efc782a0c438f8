# `x ** 0.5` in compiled float code returns libm's pow(x, 0.5), which CPython computes,
# also where the correctly rounded square root differs from it (about one input in a
# thousand): roots across the exponent range, exact squares, powers of two and four,
# subnormals and the largest double, with ints mixed in and the error cases.
import math
import random

rng = random.Random(7)


def roots(xs):
    # `x` is a float the compiled code knows (the product of two floats), so the power is
    # compiled as float arithmetic.
    out = [0.0] * len(xs)
    for i in range(len(xs)):
        x = xs[i] * 1.0
        out[i] = x ** 0.5
    return out


def digest(rs):
    acc = 0
    for r in rs:
        acc = (acc * 1000003 + hash(r)) & 0xFFFFFFFFFFFF
    return acc


xs = [rng.random() * 10.0 ** rng.randint(-300, 300) for _ in range(40000)]
xs += [(1 + rng.getrandbits(52) / 2 ** 52) * 2.0 ** rng.randint(-1000, 1000) for _ in range(20000)]
xs += [float(i) for i in range(1, 3000)] + [float(i * i) for i in range(1, 3000)]
xs += [4.0 ** k for k in range(-500, 500)] + [2.0 ** k for k in range(-1074, 1024)]
xs += [5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 2.0]
print(digest(roots(xs)))



def sqrt_differs(xs):
    # Inputs where the correctly rounded root is not pow's answer (the compiled code must
    # call pow there).
    out = []
    for x in xs:
        x = x * 1.0
        if x ** 0.5 != math.sqrt(x):
            out.append(x ** 0.5)
    return out


d = sqrt_differs(xs)
print(len(d) > 10, d[:3])


def mixed(n):
    out = []
    for i in range(n):
        d = i if i % 3 else float(i)
        out.append(d ** 0.5)
    return out[-4:]


print(mixed(3000))


def errors(vals):
    out = []
    for v in vals:
        try:
            out.append(v ** 0.5)
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    return out


print(errors([4.0, 0.0, -4.0, float("inf"), float("nan")] * 400)[-5:])
