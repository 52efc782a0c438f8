"""Spectral norm of an infinite matrix (float arithmetic, integer index math,
function calls in tight nested loops).

Size parameter: matrix order n (work grows as n*n). Per-iteration timings (one
power-method iteration = A^T A v twice) go to stderr when
HERON_BENCH_ITER_TIMES=1.
"""
import sys
import time

ITERATIONS = 10


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    report = iter_times_enabled()
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        t0 = time.perf_counter()
        v = mul_atav(u, n)
        u = mul_atav(v, n)
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    result = (vbv / vv) ** 0.5
    print(f"spectral norm: {result:.9f}")
    print(f"checksum: spectral_norm n={n} result={result!r}")


main()
