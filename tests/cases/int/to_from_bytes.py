# int.to_bytes / int.from_bytes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'), (0).to_bytes(3, 'big'))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 100).to_bytes(13, 'little'))
print((5).to_bytes(), (5).to_bytes(length=2))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(int.from_bytes(b'\x01'), int.from_bytes(b'\x00\x01'))
for n in [0, 1, 127, 128, -128, -129, 32767, -32768, 2 ** 40 + 7]:
    b = n.to_bytes(8, 'big', signed=True)
    print(n, b.hex(), int.from_bytes(b, 'big', signed=True) == n)
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: int.from_bytes('ab', 'big'))
