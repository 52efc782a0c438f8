try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("caught:", e)
try:
    a, b = "abcd"
except ValueError as e:
    print("caught:", e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print("caught:", e)
x, y = range(5)
