# Bitwise operations on big and negative integers
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~-a)
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(a & 0xFF, a & -1, a | 0, a ^ a)
print(a >> 50, a >> 100, a >> 200, -a >> 50, -a >> 200)
print(a << 10, -a << 10, 1 << 200)
print(hex(a), hex(-a), bin(b)[:20], oct(a))
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
print((1 << 64) & (1 << 64) - 1, (1 << 64) | 1)
print(0xFFFFFFFFFFFFFFFF ^ 0xAAAAAAAAAAAAAAAA)
print(-(2 ** 64) & 0xFFFFFFFFFFFFFFFF, -(2 ** 64) >> 3)
print(-1 & (2 ** 128 - 1))
print(~(2 ** 63), ~(-(2 ** 63)))
print(12345678901234567890123 & 0xFFFF, 12345678901234567890123 % 65536)
x = 0
for i in range(0, 130, 7):
    x |= 1 << i
print(x, bin(x).count('1'))
