def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 10:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 3:
            break
    else:
        total += 1
    while True:
        total += 1
        if total > 100:
            return total

def branches(a, b):
    if a and b:
        return 1
    elif a or b:
        return 2
    elif not a:
        return 3
    else:
        return 4
