"""Digits of pi with an unbounded spigot (Gibbons' streaming algorithm) on
big integers: multiplication, floor division and comparison of numbers that
grow to thousands of digits, plus divmod and str() of a big integer.

Size parameter: number of digits (work grows faster than quadratically).
"""
import sys


def pi_digits(count):
    """Yield the first count decimal digits of pi."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < m * t:
            yield m
            produced += 1
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5500
    digits = list(pi_digits(count))
    text = "".join(str(d) for d in digits)
    print(text[:1] + "." + text[1:51])
    for start in range(0, len(text), 500):
        print(f"{start + 1:>6}: ...{text[start:start + 500][-20:]}")
    # A big-integer round trip: the digits as one integer, then back via divmod.
    # Built 50 digits at a time: CPython refuses int(str) beyond 4300 digits.
    as_int = 0
    for start in range(0, len(text), 50):
        chunk = text[start:start + 50]
        as_int = as_int * 10 ** len(chunk) + int(chunk)
    low, high = 0, as_int
    folded = 0
    while high:
        high, low = divmod(high, 10 ** 50)
        folded = (folded * 31 + low) % 1000000007
    print(f"checksum: spigot digits={count} sum={sum(digits)} folded={folded} tail={text[-30:]}")


main()
