# Shift operators
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 65, 1 << 100)
print(-1 << 63, -1 << 64, 3 << 62, 5 << 61)
print(1 >> 1, 1 >> 100, -1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -7 >> 2)
print(2 ** 64 >> 1, 2 ** 64 >> 64, 2 ** 64 >> 65, -(2 ** 64) >> 64, -(2 ** 64) >> 65)
print(255 >> 4, 256 >> 8, 0 >> 5, 0 << 100)
print((1 << 64) >> 63, ((1 << 70) + 5) >> 3)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << 1.0)
t(lambda: 1.0 << 1)
t(lambda: 0 << 2 ** 70)
t(lambda: 1 >> 2 ** 70)
t(lambda: -1 >> 2 ** 70)
