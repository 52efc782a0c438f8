# Uncaught TypeError for a list minus a list
a = [1, 2, 3]
b = [2]
print(a + b, a * 2, [x for x in a if x not in b])
print(set(a) - set(b), sorted(set(a) ^ set(b)))
c = a
c += b
print(a, c is a)
d = a + [9]
print(d, a)
print(a - b)
