# bytes() and bytearray() constructors, __bytes__, subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B:
    def __bytes__(self):
        return b'xyz'
class I:
    def __index__(self):
        return 3
print(bytes(3), bytes([1, 2]), bytes(range(3)), bytes((x for x in [65, 66])), bytes('ab', 'ascii'), bytes(), bytes(True), bytes([True]))
print(bytes(B()), bytes(I()), bytearray(I()), bytes(source=b'a'), bytes(b'a') is not None, bytearray(3), bytearray('ab', 'ascii'))
print(bytes({65: 1, 66: 2}), bytes(bytearray(b'q')), bytearray(bytearray(b'r')), bytes('é', 'utf-8', 'strict'), bytes('é', encoding='latin-1'))
class MB(bytes):
    pass
class MBA(bytearray):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
m = MB(b'xyz')
print(type(m).__name__, m, m.upper(), type(m.upper()).__name__, m == b'xyz', len(m), m[0], hash(m) == hash(b'xyz'), repr(m))
n = MBA(b'abc')
print(type(n).__name__, n, n.extra, n.upper(), type(n.upper()).__name__, repr(n), MBA(2), MB.fromhex('41'), type(MB.fromhex('41')).__name__)
for f in [lambda: bytes(-1), lambda: bytes(2 ** 70), lambda: bytes(1.5), lambda: bytes([1.5]), lambda: bytes(['a']), lambda: bytes([256]),
          lambda: bytes(None), lambda: bytes(object()), lambda: bytes('a'), lambda: bytes('a', 'ascii', 'x', 'y'), lambda: bytes(b'a', 'ascii'),
          lambda: bytes(1, 'ascii'), lambda: bytes(errors='strict'), lambda: bytes(encoding='ascii'), lambda: bytes('é', 'ascii'),
          lambda: bytes(x=1), lambda: bytes.__new__(int), lambda: bytes.__new__(), lambda: bytes.__new__(5), lambda: bytearray(-1),
          lambda: bytearray(1.5), lambda: bytearray([256]), lambda: bytearray(['a']), lambda: bytearray(None), lambda: bytearray(B()),
          lambda: bytearray('a'), lambda: bytearray(b'a', 'ascii'), lambda: bytearray('é', 'ascii'), lambda: bytearray(1, 2, 3, 4),
          lambda: bytearray(x=1)]:
    t(f)
class C:
    def __bytes__(self):
        return 'xyz'
t(lambda: bytes(C()))
