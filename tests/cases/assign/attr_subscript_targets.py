class P:
    pass
p = P()
p.x = 1
p.y = [0, 0]
p.y[1] = 5
print(p.x, p.y)
setattr(p, "z", 3)
print(p.z, getattr(p, "z"))
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [None] * len(lst[::3])
print(lst)
lst[-1:] = []
print(lst)
d = {}
d[1, 2] = "tuple key"
print(d)
d[(1, 2)] = "same key"
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid)
