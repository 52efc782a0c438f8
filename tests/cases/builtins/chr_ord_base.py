# chr, ord, hex, oct, bin
print(chr(65), chr(97), chr(48), chr(0x3b1), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == '\U0010ffff')
print(ord('A'), ord('a'), ord('\n'), ord('é'), ord('€'), ord('😀'), ord(b'a'), ord(bytearray(b'z')))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-64), bin(0), bin(10), bin(-10), bin(2 ** 20))
print(hex(True), bin(False), int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), chr(Idx()), list(range(100))[Idx()], 'abcdefghijklmnopqrstuvwxyz' * 2 == 'abcdefghijklmnopqrstuvwxyz' * 2)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(1.0))
t(lambda: chr('a'))
t(lambda: chr(2 ** 100))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(1))
t(lambda: ord(b''))
t(lambda: ord(None))
t(lambda: hex(1.5))
t(lambda: oct('8'))
t(lambda: bin(None))
t(lambda: hex())
