# Argument errors of bytes and bytearray methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b'abc'
ba = bytearray(b'abc')
print(b.hex(':', 2), b'abcde'.hex(':', -2), b'abcde'.hex(b'-', 2), b.hex(':', 0), ba.hex(), b.translate(bytes.maketrans(b'a', b'A'), delete=b'c'))
for f in [lambda: bytes.upper(5), lambda: bytearray.upper(b'a'), lambda: bytes.upper(), lambda: b.find(), lambda: b.find('a'),
          lambda: b.find(256), lambda: b.find(-1), lambda: b.find(b'a', 'x'), lambda: b.count(1.5), lambda: b.find(b'a', 1, 2, 3),
          lambda: b.find(sub=1), lambda: b.replace(b'a'), lambda: b.replace('a', 'b'), lambda: b.replace(b'a', b'b', 'c'),
          lambda: b.split(1), lambda: b.split(b''), lambda: b.rsplit(b''), lambda: b.split(sep=b'a', maxsplit='x'), lambda: b.strip(1),
          lambda: b.lstrip('a'), lambda: b.join(1), lambda: b.join([1]), lambda: b.join([b'a', 'b']), lambda: b.startswith(1),
          lambda: b.startswith('a'), lambda: b.startswith((b'a', 'b')), lambda: b.endswith(('a',)), lambda: b.partition('a'),
          lambda: b.partition(b''), lambda: b.center(5, 'x'), lambda: b.center(5, b'xy'), lambda: b.ljust(), lambda: b.zfill(),
          lambda: b.expandtabs('a'), lambda: b.removeprefix('a'), lambda: b.hex(''), lambda: b.hex('ab'), lambda: b.hex('é'),
          lambda: b.hex(1), lambda: b.hex(':', 'x'), lambda: bytes.fromhex(1), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('0g'),
          lambda: bytes.fromhex(' 01 02 '), lambda: bytes.fromhex('01 0'), lambda: b.translate(1), lambda: b.translate(b'a'),
          lambda: b.translate(None, 1), lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', 'b'), lambda: bytes.maketrans(b'a'),
          lambda: b.decode(1), lambda: b.decode('ascii', 1), lambda: b.decode(foo=1), lambda: b.rindex(b'z'), lambda: b.isalpha(1),
          lambda: b.__getitem__('a'), lambda: ba['a'], lambda: b.__contains__('a'), lambda: b.__add__('a'), lambda: ba.__add__(1),
          lambda: b.__mod__(1), lambda: b.__rmod__(1), lambda: b.__eq__(1), lambda: b.__getnewargs__(), lambda: b.__bytes__(),
          lambda: b.__len__(), lambda: 300 in b, lambda: 'a' in b, lambda: b'' in b, lambda: 98 in ba]:
    t(f)
