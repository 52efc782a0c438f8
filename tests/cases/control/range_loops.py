print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)))
total = 0
for i in range(1, 101):
    total += i
print(total)
r = range(3, 30, 4)
print(len(r), r[2], r[-1], 11 in r, 12 in r, r.index(15))
print(r)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
s = 0
for i in range(10**6):
    s += i & 7
print(s)
