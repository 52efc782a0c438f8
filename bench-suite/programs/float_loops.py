"""Float-heavy loops with math functions: numerical integration (sin, cos,
exp, sqrt, log), a logistic-map iteration, Horner polynomial evaluation,
mixed int/float arithmetic, float floor division/modulo, and float->int
conversion.

Size parameter: number of iterations (work is linear in it). Per-iteration
timings go to stderr when HERON_BENCH_ITER_TIMES=1.
"""
import math
import sys
import time

STEPS = 20000


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


def integrate(f, a, b, steps):
    """Simpson's rule."""
    h = (b - a) / steps
    total = f(a) + f(b)
    for i in range(1, steps):
        x = a + i * h
        total += (4.0 if i % 2 else 2.0) * f(x)
    return total * h / 3.0


def bump(x):
    return math.exp(-x * x) * math.cos(3.0 * x) + math.sqrt(1.0 + x * x)


def logistic(r, x, n):
    for _ in range(n):
        x = r * x * (1.0 - x)
    return x


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def one_iteration(k):
    acc = integrate(bump, -2.0, 2.0 + k * 0.001, STEPS)
    acc += integrate(math.sin, 0.0, math.pi, STEPS // 4)
    acc += logistic(3.7 + (k % 10) * 0.01, 0.5, STEPS)
    coeffs = [1.0 / (i + 1) for i in range(12)]
    for i in range(STEPS // 10):
        x = i * 0.0005 - 0.5
        acc += horner(coeffs, x) * 1e-3
    s = 0.0
    for i in range(1, STEPS // 4):
        v = i * 0.37
        s += v // 1.5 + v % 1.5 + math.log(v) + int(v) % 3
    return acc + s * 1e-6


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 170
    report = iter_times_enabled()
    total = 0.0
    first = None
    for k in range(iterations):
        t0 = time.perf_counter()
        value = one_iteration(k)
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
        if first is None:
            first = value
        total += value
    print(f"first={first!r}")
    print(f"checksum: float_loops iterations={iterations} total={total!r}")


main()
