out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
i = 0
res = []
while True:
    i += 1
    if i == 3:
        continue
    if i == 6:
        break
    res.append(i)
print(res)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        if x == 2:
            break
        print(x, y)
