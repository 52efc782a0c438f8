"""Closures, generators and comprehensions: nested functions capturing
variables (including nonlocal rebinding), lambdas, generator pipelines,
generator send(), list/dict/set comprehensions, map/filter/zip/enumerate.

Size parameter: number of rounds (work is linear in it). Per-iteration
timings (one round) go to stderr when HERON_BENCH_ITER_TIMES=1.
"""
import sys
import time

ROUND_SIZE = 2000


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x

    return composed


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def scaled(source, factor):
    for v in source:
        yield v * factor


def take_while_below(source, bound):
    for v in source:
        if v >= bound:
            return
        yield v


def running_average():
    """A coroutine: send numbers, receive the running average scaled by 1000."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total * 1000 // count


def chain(*sources):
    for s in sources:
        yield from s


def one_round(r):
    acc = 0
    counter = make_counter(r)
    for i in range(ROUND_SIZE // 4):
        acc += counter(i & 7)
    adders = make_adders(16)
    double_then_add = compose(lambda x: x * 2, adders[r % 16], abs)
    acc += sum(double_then_add(v - 500) for v in range(ROUND_SIZE // 2))
    pipeline = take_while_below(scaled(naturals(ROUND_SIZE), 3), 3 * ROUND_SIZE - 7)
    acc += sum(x for x in pipeline if x % 5 != 0)
    squares = [i * i for i in range(ROUND_SIZE // 2) if i % 3]
    index = {i: s % 97 for i, s in enumerate(squares)}
    residues = {v for v in index.values()}
    acc += len(squares) + sum(index.values()) + len(residues)
    avg = running_average()
    next(avg)
    last = 0
    for v in chain(range(10), map(lambda x: x * x, range(50)), filter(lambda x: x & 1, range(100))):
        last = avg.send(v)
    acc += last
    pairs = list(zip(squares, reversed(squares)))
    acc += max(a - b for a, b in pairs) + min(a + b for a, b in pairs)
    nested = [[j * k for k in range(8)] for j in range(32)]
    acc += sum(sum(row) for row in nested)
    return acc


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1800
    report = iter_times_enabled()
    total = 0
    for r in range(rounds):
        t0 = time.perf_counter()
        total = (total * 31 + one_round(r)) % 1000000007
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
    print(f"round 0 value={one_round(0)}")
    print(f"checksum: closures_gens rounds={rounds} total={total}")


main()
