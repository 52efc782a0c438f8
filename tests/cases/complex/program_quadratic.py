# Program-like: quadratic and cubic roots, rotations and AC circuit analysis
import cmath
import math
def quad(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2), (1, -1, 1)]:
    r1, r2 = quad(*coeffs)
    ok = all(abs(coeffs[0] * r * r + coeffs[1] * r + coeffs[2]) < 1e-9 for r in (r1, r2))
    print(coeffs, r1, r2, ok)
def roots_of_unity(n):
    return [cmath.rect(1, 2 * math.pi * k / n) for k in range(n)]
for n in (3, 4, 8):
    rs = roots_of_unity(n)
    print(n, [complex(round(r.real, 9), round(r.imag, 9)) for r in rs], abs(sum(rs)) < 1e-12)
p = 2 + 1j
for k in range(4):
    print('rotated', k * 90, p * 1j ** k)
freq = 50.0
w = 2 * math.pi * freq
R, L, C = 100.0, 0.3, 20e-6
Z = R + 1j * w * L + 1 / (1j * w * C)
print('Z', Z, 'abs', round(abs(Z), 6), 'phase deg', round(math.degrees(cmath.phase(Z)), 6))
V = 230.0
I = V / Z
print('I', I, 'abs', round(abs(I), 6), 'power', round((V * I.conjugate()).real, 6))
res = 1 / (2 * math.pi * math.sqrt(L * C))
print('resonance Hz', round(res, 6))
z = 1 + 1j
powers = [z ** k for k in range(9)]
print(powers)
print([round(abs(q), 6) for q in powers], powers[8] == 16)
