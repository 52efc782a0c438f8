"""Mandelbrot set escape-time counts (float arithmetic in a tight while loop,
integer counters). Computes, does not draw: the checksum combines the iteration
counts of every pixel.

Size parameter: image width and height in pixels (work grows as size*size).
"""
import sys

MAX_ITER = 50


def escape_count(cr, ci):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 760
    total = 0
    inside = 0
    digest = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = 0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            n = escape_count(cr, ci)
            total += n
            if n == MAX_ITER:
                inside += 1
            row = (row * 31 + n) & 0xFFFFFFFF
        digest = (digest ^ row) * 16777619 & 0xFFFFFFFF
    print(f"pixels={size * size} inside={inside} iterations={total}")
    print(f"checksum: mandelbrot size={size} digest={digest:08x}")


main()
