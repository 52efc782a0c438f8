# Uncaught TypeError: 'int' object is not subscriptable
value = 12345
digits = str(value)
print(digits[0], digits[-1], digits[::-1])
print([int(d) for d in digits], sum(map(int, digits)))
print(value // 10 ** 4 % 10, value % 10)
seq = [value]
print(seq[0])
item = seq[0]
print(item[0])
