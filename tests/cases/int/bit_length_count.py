# int.bit_length and int.bit_count
vals = [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 63 - 1, 2 ** 63, -(2 ** 63),
        2 ** 64, 2 ** 100 - 1, -(2 ** 100)]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), bin(v))
print((10 ** 100).bit_length(), (10 ** 100).bit_count())
print(True.bit_length(), False.bit_count())
print(int.bit_length(37), int.bit_count(37))
for n in range(0, 70, 7):
    x = (1 << n) - 1
    print(n, x.bit_length(), x.bit_count(), (-x).bit_length(), (x + 1).bit_length())
print(sum(bin(i).count('1') for i in range(256)), sum(i.bit_count() for i in range(256)))
print(len(bin(2 ** 1000)) - 2, (2 ** 1000).bit_length(), (3 ** 500).bit_length(), (3 ** 500).bit_count())
