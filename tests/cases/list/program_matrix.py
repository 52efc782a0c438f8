# Program-like: matrix operations with nested lists
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total
def show(m):
    for row in m:
        print(' '.join(f'{v:6}' for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
print(matmul(identity(3), B) == B, det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
F = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(90):
    R = matmul(R, F)
print('fib(90) =', R[0][1])
M = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
v = [8.0, -11.0, -3.0]
n = len(M)
aug = [row[:] + [v[i]] for i, row in enumerate(M)]
for col in range(n):
    pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
    aug[col], aug[pivot] = aug[pivot], aug[col]
    for r in range(n):
        if r != col:
            f = aug[r][col] / aug[col][col]
            aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
sol = [aug[i][n] / aug[i][i] for i in range(n)]
print('solution', [round(x, 10) for x in sol])
spiral, grid = [], [[r * 4 + c for c in range(4)] for r in range(4)]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print('spiral', spiral)
pascal = [[1]]
for _ in range(9):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal[-3:]:
    print(row)
