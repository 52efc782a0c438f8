# complex arithmetic
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 1 + a, a * 2, 2 * a, a / 2, 2 / a, a - 0.5, 0.5 - a)
print(a ** 2, a ** 0, a ** -1, a ** 0.5, 1j ** 2, 1j ** 3, (1j) ** 1j, 2 ** 1j)
print(pow(a, 2), pow(1 + 1j, 10), (1 + 1j) ** 10 == pow(1 + 1j, 10))
print(abs(a), abs(b), abs(-5j), abs(complex(3e200, 4e200)), abs(0j))
print(a == 3 + 4j, a != b, a == complex(3, 4), 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
z = 1 + 1j
z += 1
z *= 1j
z -= 2
z /= 2
print(z)
print((1 + 2j) * (1 - 2j), (2 + 3j) * (4 - 5j), (1e308 + 1e308j) * 2)
print((6 + 8j) / (3 + 4j), (1 + 1j) / 1j, 1 / 1j, 1j / (1 + 1j))
print(sum([1j, 2, 3.5, 1 - 1j]), sum([1 + 1j] * 10))
print(complex(float('inf'), 0) * 0, complex(float('nan'), 1).real != 0)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: a / 0)
t(lambda: a / 0j)
t(lambda: a // 2)
t(lambda: a % 2)
t(lambda: divmod(a, 2))
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: pow(a, 2, 3))
t(lambda: a < b)
t(lambda: a >= 1)
t(lambda: int(a))
t(lambda: float(a))
t(lambda: round(a))
t(lambda: a & 1)
t(lambda: complex(10 ** 400, 1))
t(lambda: (1e200 + 1e200j) ** 2)
