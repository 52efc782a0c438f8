# float methods: is_integer, as_integer_ratio, hex, fromhex
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 0.1, 0.5, 2.0 ** -1074, 123.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex())
print(float('inf').is_integer(), float('nan').is_integer())
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0x1.999999999999ap-4', '0X1P+3', ' 0x.8p0 ', '0x10', 'inf',
          '-0x0p0', '0x1.fffffffffffffp1023', '0x1p-1074', 'ff']:
    print(repr(s), repr(float.fromhex(s)))
print((3.5).real, (3.5).imag, (3.5).conjugate(), (7.25).__trunc__(), float.__name__)
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: float.fromhex('0x1p2000'))
t(lambda: float.fromhex('xyz'))
t(lambda: float.fromhex(''))
