# hash() of ints is deterministic; repr/str of ints
for v in [0, 1, -1, -2, 2, 100, -100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, True, False]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(1.5), hash(-1.5), hash(0.1))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((1,)), hash((-1,)))
print(repr(42), str(-42), repr(10 ** 25), str(-(10 ** 25)), repr(True), str(False))
print(int.__repr__(7), (5).__str__(), format(42), f"{-42}")
print(0x10, 0o10, 0b10, 1_0)
print(hex(255), oct(8), bin(5), hex(-255), oct(-8), bin(-5), hex(0), bin(0))
print((255).real, (255).imag, (255).numerator, (255).denominator, (7).conjugate())
print((10).as_integer_ratio(), (-3).as_integer_ratio(), int.from_bytes(b'\x01\x00', 'big'))
print(type(5).__name__, type(2 ** 100).__name__, isinstance(2 ** 100, int), isinstance(True, int))
