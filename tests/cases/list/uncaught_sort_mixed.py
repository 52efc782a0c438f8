# Uncaught TypeError sorting mixed types
values = [3, 1, 2]
values.sort()
print(values)
values.append(2.5)
values.append(True)
values.sort()
print(values)
print(sorted(["b", "a", "C"]), sorted([3, "4"], key=str))
values.append("4")
values.sort()
print(values)
