# Uncaught IndexError
matrix = [[1, 2], [3, 4]]
print(matrix[1][1], matrix[-1][-2], matrix[0])
print([row[0] for row in matrix], len(matrix))
matrix.append([5, 6])
print(matrix[2][0])
del matrix[2]
print(matrix)
print(matrix[1][5:], matrix[5:])
print(matrix[2][0])
