# int() of floats truncates toward zero; inf and nan raise
for f in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, 1e15 + 0.5, 123.456,
          -987.654, 1e20, 1.5e300, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 9007199254740993.0]:
    print(repr(f), int(f), round(f) if abs(f) < 1e300 else 'big', int(-f))
print(int(1e300) == 10 ** 300, int(1e22) == 10 ** 22, int(1e23))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
import math
t(lambda: math.floor(float('inf')))
t(lambda: math.ceil(float('nan')))
t(lambda: math.trunc(-3.7))
t(lambda: int('3.0'))
t(lambda: (3.0).__int__())
t(lambda: float(2 ** 1024))
t(lambda: float(2 ** 1023))
t(lambda: 2 ** 1024 / 1)
t(lambda: 2 ** 1024 / 2 ** 1000)
t(lambda: 2 ** 1024 + 0.5)
