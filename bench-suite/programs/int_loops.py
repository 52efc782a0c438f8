"""Integer arithmetic in nested loops: %, //, bit operations, shifts,
comparisons, and a few values that outgrow machine words (small-int fast
paths versus big-int fallback).

Size parameter: outer loop count (work is linear in it).
"""
import sys


def collatz_steps(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def gcd_sum(limit):
    acc = 0
    for a in range(1, limit):
        for b in range(a, a + 300, 7):
            x = a
            y = b
            while y:
                x, y = y, x % y
            acc += x
    return acc


def digit_mix(rounds):
    h = 0
    for i in range(rounds):
        q = i // 10
        r = i % 10
        h = (h ^ (q << 3) ^ (r * 2654435761)) & 0xFFFFFFFF
        h = ((h << 5) | (h >> 27)) & 0xFFFFFFFF
        h ^= -i // 3 + (-i) % 5
    return h & 0xFFFFFFFF


def wide(rounds):
    # Grows past 64 bits, then is reduced: exercises the big-int path.
    v = 1
    acc = 0
    for i in range(1, rounds):
        v = v * 6364136223846793005 + i
        acc ^= v & 0xFFFF
        v %= 1 << 127
    return acc, v


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    c_total, c_longest = collatz_steps(size * 200)
    g = gcd_sum(size * 10)
    h = digit_mix(size * 2000)
    w_acc, w_v = wide(size * 1000)
    print(f"collatz total={c_total} longest={c_longest}")
    print(f"gcd sum={g}")
    print(f"mix={h:08x} wide={w_acc} {w_v % 1000000007}")
    print(f"checksum: int_loops size={size} {c_total} {c_longest} {g} {h} {w_acc} {w_v}")


main()
