# Program-like: a recursive FFT and polynomial multiplication with complex numbers
import cmath
def fft(a, invert=False):
    n = len(a)
    if n == 1:
        return a[:]
    even = fft(a[0::2], invert)
    odd = fft(a[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    for k in range(n // 2):
        w = cmath.exp(sign * 2j * cmath.pi * k / n)
        out[k] = even[k] + w * odd[k]
        out[k + n // 2] = even[k] - w * odd[k]
    return out
def poly_mul(p, q):
    n = 1
    while n < len(p) + len(q):
        n *= 2
    fa = fft([complex(x) for x in p] + [0j] * (n - len(p)))
    fb = fft([complex(x) for x in q] + [0j] * (n - len(q)))
    prod = fft([x * y for x, y in zip(fa, fb)], invert=True)
    return [round(v.real / n) for v in prod][:len(p) + len(q) - 1]
print(poly_mul([1, 2, 3], [4, 5, 6]))
print(poly_mul([1, 1], [1, 1]), poly_mul([1] * 5, [1] * 5))
spectrum = fft([1, 0, 0, 0, 0, 0, 0, 0])
print([(round(c.real, 6), round(c.imag, 6)) for c in spectrum])
sig = [complex(round(cmath.cos(2 * cmath.pi * k / 8).real, 12)) for k in range(8)]
mags = [round(abs(c), 6) for c in fft(sig)]
print(mags)
# roots of unity sum to zero; Mandelbrot escape counts
roots = [cmath.exp(2j * cmath.pi * k / 6) for k in range(6)]
print(abs(sum(roots)) < 1e-12, [round(r.real, 3) for r in roots])
def escape(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for y in range(6, -7, -3):
    print("".join("#" if escape(complex(x / 10, y / 6)) == 50 else "." for x in range(-20, 6)))
