# Uncaught TypeError for a list minus a list
a = [1, 2, 3]
b = [2]
print(a + b)
print(a - b)
