"""Fannkuch-redux: permutation generation and prefix reversal (list slicing,
list indexing, integer loops).

Size parameter: permutation length n (work grows as n!); the computation
runs REPEATS times.
"""
import sys

REPEATS = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                perm[: k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += -flips if perm_index & 1 else flips
        # Next permutation: rotate the first r+1 items left until a counter
        # is still positive.
        while True:
            if r == n:
                return checksum, max_flips
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    # One pass at n=9 is too short to time well and n=10 too long, so the
    # default repeats the whole computation; every pass must agree.
    checksum, max_flips = fannkuch(n)
    for _ in range(REPEATS - 1):
        if fannkuch(n) != (checksum, max_flips):
            raise SystemExit("fannkuch: passes disagree")
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")
    print(f"checksum: fannkuch n={n} sum={checksum} max_flips={max_flips}")


main()
