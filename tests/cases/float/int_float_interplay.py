# Mixed int/float arithmetic: result types and exactness
pairs = [(7, 2), (7, 2.0), (7.0, 2), (-7, 2.0), (2 ** 60, 1.0), (1, 3), (10 ** 20, 10 ** 10), (True, 0.5)]
for a, b in pairs:
    results = [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2]
    print(repr(a), repr(b), [type(r).__name__[0] for r in results], [repr(r) for r in results])
print(2 ** 53 + 1.0, 2 ** 53 + 1, float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(10 ** 16 / 1, 10 ** 16 // 1, 10 ** 16 * 1.0 == 10 ** 16, (10 ** 17 + 1) * 1.0 == 10 ** 17 + 1)
print(1 / 3 * 3 == 1, 0.1 * 3 == 0.3, 3 * 0.1, 0.1 + 0.1 + 0.1, round(0.1 * 3, 10) == 0.3)
print(int(0.1 * 3 * 10), int(2.9999999999999996), int(2.99999999999999999), 4.35 * 100, int(4.35 * 100))
print(float(10 ** 15 + 1) == 10 ** 15 + 1, float(2 ** 63) == 2 ** 63, float(2 ** 63 - 1) == 2 ** 63)
print(7 // 2.5, 7 % 2.5, -7 // 2.5, -7 % 2.5, divmod(7, 2.5), divmod(-7.5, 2))
print(repr(1e15 + 0.3), repr(1e16 + 3), repr(123456789 * 1.0), repr(0.5 + 2 ** 52), repr(2 ** 52 + 0.5 - 2 ** 52))
x = 0
for _ in range(3):
    x += 0.5
print(x, type(x).__name__, x == 1.5, str(x), int(x), round(x))
total = sum([1, 2.5, 3])
print(total, type(total).__name__, sum([1, 2]) / 2, type(sum([1, 2]) // 2).__name__)
print(max(3, 2.5), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), abs(-5) * 1.0)
print(True / 2, False * 3.5, 3 ** -1, (-8) ** 2.0, 9 ** 0.5, 8 ** (1 / 3), 27 ** (1 / 3))
