# bytes literals, repr and construction
vals = [b'', b'abc', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b"it's", b'"q"', b'\'"', b'\\', rb'\n', b'\x41\102C',
        bytes(3), bytes([1, 2, 255]), bytes(range(5)), bytes('é', 'utf-8'), bytes('abc', 'ascii'), bytes(b'copy'),
        bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes(), bytes(0), bytes((65, 66)), bytes.fromhex('de ad be ef'),
        b'a' b'b', bytes([0x20, 0x7e]), bytes(map(ord, 'xyz'))]
for v in vals:
    print(repr(v), len(v), list(v)[:6])
print(bytearray(b'abc'), bytearray(), bytearray(2), bytearray([65, 66]), bytearray('ü', 'utf-8'), bytearray(b'\xff'))
print(str(b'x'), b'x' == bytearray(b'x'), type(b'x').__name__, type(bytearray()).__name__)
print(b'abc'[0], b'abc'[-1], b'abc'[1:], b'abc'[::-1], b'abcdef'[::2], bytearray(b'xyz')[1], bytearray(b'xyz')[1:])
print(b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'a' in b'cat', 97 in b'cat', b'' in b'')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'\xff' > b'\x00', bytearray(b'a') == b'a', b'a' == 'a')
print(hash(b'') == hash(b''), {b'k': 1}[b'k'], sorted([b'b', b'a', b'\x00', b'ab']))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(-1))
t(lambda: bytes('abc'))
t(lambda: bytes(['a']))
t(lambda: bytes(1.5))
t(lambda: b'abc'[3])
t(lambda: b'a' + 'b')
t(lambda: b'a' + 1)
t(lambda: bytearray([300]))
t(lambda: bytes.fromhex('abc'))
t(lambda: bytes.fromhex('zz'))
t(lambda: b'abc'.__setitem__(0, 1))
