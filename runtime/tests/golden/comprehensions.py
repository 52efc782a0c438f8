squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0}
index = {k: v for k, v in pairs if v}
total = sum(x for x in range(10))
pairs2 = [(i, j) for i in range(3) for j in range(i) if i != j]
nested = [[y for y in row] for row in grid]

def in_function(n):
    return [n * i for i in range(n)]

def walrus(data):
    return [y for x in data if (y := f(x)) is not None]
