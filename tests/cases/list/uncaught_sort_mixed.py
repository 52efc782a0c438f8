# Uncaught TypeError sorting mixed types
values = [3, 1, 2]
values.sort()
print(values)
values.append("4")
values.sort()
print(values)
