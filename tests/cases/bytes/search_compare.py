# bytes searching, comparison and result types of mixed bytes/bytearray ops
data = b'abracadabra'
print(data.find(b'a'), data.find(97), data.rfind(b'abra'), data.index(b'c'), data.count(b'a'), data.count(b'abra'))
print(data.find(b'a', 1, 4), data.rfind(97, 0, -1), data.count(b''), data.find(b''), data.find(b'', 20))
print(b'a' in data, 97 in data, b'cad' in data, b'' in data, 120 in data, data.startswith((b'x', b'ab')))
print(data.split(b'a'), data.split(b'a', 2), data.rsplit(b'a', 2), data.partition(b'c'), data.rpartition(b'z'))
ba = bytearray(b'xy')
print(type(ba + b'z').__name__, type(b'z' + ba).__name__, type(ba * 2).__name__, type(b'-'.join([ba])).__name__, type(ba.upper()).__name__)
print(type(ba[0:1]).__name__, type(b'ab'[0:1]).__name__, type(ba.replace(b'x', b'q')).__name__, type(bytes(ba)).__name__)
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc', b'abc' < bytearray(b'abd'), b'' < b'\x00', bytearray() == b'')
print(sorted([b'b', b'a', b'ab', b'B', b'\xff']), max(b'hello'), min([b'zz', b'za']), b'abc' != 'abc')
keys = {b'one': 1, bytes(b'two'): 2}
print(keys[b'one'], keys.get(b'two'), b'one' in keys, bytes(bytearray(b'two')) in keys)
print(b'a,b;c'.replace(b';', b','), b'a b  c'.split(), b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'Hello'.swapcase())
print(b'hello world'.title(), b'HELLO'.lower(), b'abc'.center(7, b'-'), b'12'.zfill(5), b'-12'.zfill(5))
print(bytes(b'x') is not None, bytes(3) == b'\x00' * 3, len(b'\x00' * 1000), b'ab' * 0 == b'')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: data.find(256))
t(lambda: data.find(-1))
t(lambda: 'a' in data)
t(lambda: 300 in data)
t(lambda: data.index(b'zz'))
t(lambda: data.rindex(122))
t(lambda: b'a' < 'b')
t(lambda: bytearray(b'two') in keys)
