# Values around the 64-bit boundary must promote exactly
M = 9223372036854775807
m = -9223372036854775808
print(M + 1, M + M, M * 2, (2 ** 63 - 1) * 2)
print(m - 1, m + m, m * 2, m * -1)
print(-m, -(-2 ** 63), abs(m), abs(-2 ** 63))
print(m // -1, (-2 ** 63) // -1, m % -1, divmod(m, -1))
print(M * M, m * m, M * m)
print(M + 1 - 1, m - 1 + 1, type(M + 1 - 1).__name__)
print(M - m, m - M)
print(4294967296 * 4294967296, 4294967295 * 4294967297)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(2 ** 62 + 2 ** 62, 2 ** 62 * 2, 2 ** 63, 2 ** 64)
print(-(2 ** 62) * 2, -(2 ** 62) * 2 - 1)
print(M ** 2, m ** 3)
print(m // 2, m >> 1, m << 1, M << 1, M >> 62)
print(~M, ~m, -M - 1 == m)
x = M
x += 1
print(x, x - 1 == M)
y = m
y -= 1
print(y)
print(abs(m) == 2 ** 63, -m == M + 1)
print(sum([M, 1]), sum([m, -1]))
print(int(str(M + 1)), int('-9223372036854775809'))
print(M == 9223372036854775807.0, M + 1 == 9223372036854775808.0)
print(float(M), float(m), float(M + 1))
print(18446744073709551615 + 1, 18446744073709551616 - 1)
print(m % 10, M % 10, m // 10)
