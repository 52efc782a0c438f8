# Iterating bytes yields ints; conversions between bytes, str and ints
data = b'Hi\x00\xff'
for x in data:
    print(x, type(x).__name__, end='; ')
print()
print(list(data), tuple(bytearray(b'ab')), [chr(c) for c in b'abc'], sum(b'\x01\x02\x03'), max(b'az'), min(b'az'))
print(bytes(reversed(b'abc')), bytes(sorted(b'hello')), bytes(x ^ 0x20 for x in b'MiXeD'), bytes([c for c in b'a1b2' if c > 57]))
print(int.from_bytes(b'\x01\x00', 'little'), (258).to_bytes(2, 'big'), int(b'42'), float(b'2.5'), b'42'.decode().zfill(4))
print(b'abc' == bytes('abc', 'ascii'), 'abc'.encode() == b'abc', str(b'abc', 'ascii'), b'abc'.decode() + 'd')
mv = memoryview(b'abcdef')
print(mv[0], mv[1:3].tobytes(), bytes(mv[::2]), mv.tolist()[:3], len(mv), mv.nbytes, mv.readonly)
ba = bytearray(b'xyz')
mv2 = memoryview(ba)
mv2[0] = ord('X')
print(ba, mv2.readonly, bytes(mv2))
mv2.release()
print(list(enumerate(b'ab')), list(zip(b'ab', b'cd')), dict(zip(b'ab', 'AB')))
print(b'x' * 0, bytes(4)[0], b'\x00' * 3 == bytes(3), bytes(b'abc'[i] for i in (2, 0, 1)))
