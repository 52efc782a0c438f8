# Uncaught TypeError: 'int' object is not subscriptable
value = 12345
digits = str(value)
print(digits[0])
print(value[0])
