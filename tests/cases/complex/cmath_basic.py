# A small tour of cmath
import cmath
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(3 + 4j), cmath.sqrt(-0.0))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.log(-1), cmath.log(1j))
print(cmath.phase(1j), cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 2), abs(cmath.rect(1, 1)))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1), cmath.isnan(complex('nan')), cmath.isinf(complex('inf')))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.sin(1j), cmath.cos(1j), cmath.tan(1 + 1j))
print(cmath.log10(100j), cmath.log(8, 2), cmath.acos(2), cmath.asin(2))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
