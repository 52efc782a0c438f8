# Program-like: numerical methods with floats
def newton_sqrt(a, tol=1e-15):
    x = a if a > 1 else 1.0
    steps = 0
    while True:
        nx = 0.5 * (x + a / x)
        steps += 1
        if abs(nx - x) <= tol * nx:
            return nx, steps
        x = nx
for a in [2.0, 10.0, 0.25, 1e10, 123456.789]:
    r, steps = newton_sqrt(a)
    print(a, repr(r), steps, repr(r * r - a))
def bisect(f, lo, hi):
    for _ in range(60):
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2
print(repr(bisect(lambda x: x ** 3 - 2 * x - 5, 2.0, 3.0)))
def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(repr(trapezoid(lambda x: x * x, 0.0, 1.0, 1000)))
print(repr(trapezoid(lambda x: 1 / x, 1.0, 2.0, 500)))
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print(repr(simpson(lambda x: x ** 4, 0.0, 2.0, 100)))
# Euler method for dy/dx = y, y(0)=1
y, x, h = 1.0, 0.0, 0.001
while x < 1.0 - 1e-12:
    y += h * y
    x += h
print(repr(y), repr(x))
# pi via Leibniz series
acc = 0.0
for k in range(100000):
    acc += (-1.0) ** k / (2 * k + 1)
print(repr(4 * acc))
