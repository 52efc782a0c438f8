i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while j < 10:
    if j == 2:
        print("break at", j)
        break
    j += 1
else:
    print("never")
k = 5
while k < 0:
    print("never")
else:
    print("else on zero iterations")
n = 10
while n:
    n -= 3
    if n < 0:
        break
print(n)
