# Uncaught ValueError building bytes from out-of-range ints
print(bytes([0, 255]), bytes(range(3)), bytearray([65, 66]))
try:
    bytearray([-1])
except ValueError as e:
    print("caught:", e)
ba = bytearray(b"ok")
ba.append(255)
print(ba)
levels = [10, 128, 255, 256]
for n in range(1, len(levels) + 1):
    b = bytes(levels[:n])
    print(n, b, list(b), b.hex())
