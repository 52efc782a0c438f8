# int() parsing of strings in various bases
cases = [
    ('0', 10), ('-0', 10), ('+42', 10), ('  42  ', 10), ('\t\n-7\n', 10), ('1_000', 10),
    ('0x1f', 0), ('0X1F', 0), ('0o17', 0), ('0b101', 0), ('-0x10', 0), ('0', 0), ('00', 0),
    ('1_0', 0), ('0x_1f', 0), ('ff', 16), ('0xff', 16), ('FF', 16), ('777', 8), ('0o777', 8),
    ('1010', 2), ('0b1010', 2), ('z', 36), ('ZZ', 36), ('heron', 36), ('10', 3), ('12', 5),
    ('99999999999999999999999999', 10), ('-99999999999999999999', 0), ('٣٤', 10),
    ('１２', 10), (' +0b_1 ', 0),
]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int(), int(7), int(-7), int(True), int(' 12 '), int(b'34'), int(bytearray(b'-5')))
print(int('10', base=2), int('12', base=3), int('0o17', base=0))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int('1_000_'))
