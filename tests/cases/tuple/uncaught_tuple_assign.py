# Uncaught TypeError assigning to a tuple element
point = (3, 4)
print(point[0], point[1])
point[0] = 5
print(point)
