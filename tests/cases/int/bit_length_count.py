# int.bit_length and int.bit_count
vals = [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 63 - 1, 2 ** 63, -(2 ** 63),
        2 ** 64, 2 ** 100 - 1, -(2 ** 100)]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print((10 ** 100).bit_length(), (10 ** 100).bit_count())
print(True.bit_length(), False.bit_count())
print(int.bit_length(37), int.bit_count(37))
