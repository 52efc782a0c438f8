data = [1, 4, 9, 16]
print([r for x in data if (r := int(x ** 0.5)) % 2 == 0])
print(r)
def f():
    [last := v for v in range(5)]
    return last
print(f())
total = 0
print([total := total + v for v in range(1, 5)], total)
