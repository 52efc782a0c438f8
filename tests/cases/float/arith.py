# Float arithmetic and mixed int/float
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.5 * 4, 7.0 / 2, 7 / 2.0, 2.0 ** 10, 2 ** 0.5, 10.0 ** -2)
print(3.5 + 1, 1 + 3.5, 3.5 - True, 2 * 0.25)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, inf * -2)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan is nan)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 1 / inf, -1 / inf)
print(1.0 - 0.9, 1.1 + 2.2, 3.3 * 3, 0.7 + 0.1, 0.8 - 0.1)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, sum([0.1] * 10))
print(abs(-2.5), -(-2.5), +(-2.5), abs(-0.0), abs(-inf))
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, 2.0 ** 53 + 2)
print(10 / 3, -10 / 3, 1 / 7, 22 / 7, 355 / 113)
print(2.0 ** 1023 * 2 == inf, (2.0 ** -1074) / 2)
print((-8.0) ** 2, (-8.0) ** 3, 8.0 ** (1 / 3), (-1.0) ** 0.5)
print(0.0 ** 0, 0.0 ** 0.0, inf ** 0, nan ** 0, 1.0 ** nan, 1 ** inf)
print(int(3.99) + 0.5, round(3.99 + 0.5), 9.95 * 100, 1.15 * 100)
x = 1.0
x += 2
x *= 3
x /= 4
x -= 0.25
x **= 2
print(x)
