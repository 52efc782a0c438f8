if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * x) > 4])
print(y)
total = 0
while (chunk := data.pop() if data else None) is not None:
    total += chunk
print(total)
print((a := 1) + (b := 2), a, b)
def f():
    if (z := 3):
        return z * 2
print(f())
