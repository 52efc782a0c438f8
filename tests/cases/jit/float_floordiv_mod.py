# Float // and % in compiled code and in the interpreter's float specialisation: signed
# zeros, infinities, NaN, subnormals, int operands, division by zero, and a hot loop.
import math
def f(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append((x // y, x % y))
            except ZeroDivisionError as e:
                out.append(str(e))
    return out
inf = float("inf"); nan = float("nan")
xs = [0.0, -0.0, 1.5, -1.5, 7.25, -7.25, 1e300, -1e-300, inf, -inf, nan, 3, -3, 2**53 + 1]
ys = [1.5, -1.5, 0.0, -0.0, 0.1, -0.1, inf, -inf, nan, 2, -2, 1e-310]
for _ in range(300):
    r = f(xs, ys)
print([repr(v) for v in r])
def g(n):
    s = 0.0
    for i in range(1, n):
        v = i * 0.37
        s += v // 1.5 + v % 1.5 + int(v) % 3
        s -= (-v) // 0.7 + (-v) % 0.7
    return s
print(g(5000))
