# Cells read and written from hot closures.
def make():
    count = 0
    def bump(k):
        nonlocal count
        count += k
        return count
    def peek():
        return count
    return bump, peek
bump, peek = make()
for i in range(100000):
    bump(1)
print(peek())
bump(0.5)
print(peek())
for i in range(1000):
    bump(1)
print(peek())
def adders():
    return [lambda x, i=i: x + i for i in range(10)]
fs = adders()
t = 0
for rep in range(5000):
    for f in fs:
        t = f(t) % 1000003
print(t)
