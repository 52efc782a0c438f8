# round() with ndigits and banker's rounding
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1e16 + 2.5, -0.0]:
    print(repr(v), round(v), repr(round(v, 0)), type(round(v)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2), round(0.5, 1))
print(round(1234.5, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1234.5678, 2), round(1234.5678, -1), round(1234.5678, -3), round(1234.5678, -4))
print(round(3.14159, 4), round(3.14159, 10), round(1e-20, 25), round(1e300, -299))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(12355, -1))
print(round(2 ** 70 + 5, -1), round(7, 2), round(-7, -5), round(50, -2), round(150, -2))
print(repr(round(0.1 + 0.2, 15)), repr(round(-0.4)), repr(round(-0.4, 0)))
print(round(float('inf'), 2), round(float('nan'), 2), round(1.5, None))
print(round(True), round(False, 3))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: round(1.5, 1.0))
t(lambda: round("1.5"))
t(lambda: round(1e308, -400))
t(lambda: round(2.5, 400))
