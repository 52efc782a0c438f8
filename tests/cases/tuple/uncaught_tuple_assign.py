# Uncaught TypeError assigning to a tuple element
point = (3, 4)
print(point[0], point[1], point + (5,), point * 2)
x, y = point
point = (x + 1, y)
print(point)
print(tuple(reversed(point)), point.count(4), point.index(4))
as_list = list(point)
as_list[0] = 5
print(tuple(as_list), point)
point[0] = 5
print(point)
