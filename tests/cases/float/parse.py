# float() parsing from strings
for s in ['1.5', ' 1.5 ', '\n-2.25\t', '+3', '1e3', '1E-3', '1_000.5', '.5', '5.', 'inf', '-inf',
          '+inf', 'Infinity', '-Infinity', 'iNfInItY', 'nan', '-nan', 'NaN', '1e400', '-1e400',
          '1e-400', '16', '  -0.0 ', '00012.50', '1_2.3_4e1_0', '١٫٥'.replace('٫', '.'),
          '4.35', '0.1e-1', '123456789012345678901234567890', '2.5e-7']:
    print(repr(s), repr(float(s)))
print(float(), float(3), float(True), float(2 ** 70), float(b'2.5'), float(bytearray(b' 7 ')))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: float('x'))
t(lambda: float(''))
t(lambda: float('1.5.2'))
t(lambda: float('1,5'))
t(lambda: float('_1.5'))
t(lambda: float('1__5'))
t(lambda: float('1.5_'))
t(lambda: float('infinit'))
t(lambda: float('0x1p3'))
t(lambda: float('1e'))
t(lambda: float('- 1'))
t(lambda: float(None))
t(lambda: float([1.0]))
t(lambda: float(b'x'))
t(lambda: float('  '))
