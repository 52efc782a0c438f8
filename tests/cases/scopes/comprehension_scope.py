x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([y for y in range(2)])
try:
    y
except NameError as e:
    print("NameError:", e)
n = 5
print([n * i for i in range(3)])
def f():
    m = 2
    return [m * j for j in range(3)], {j: m for j in range(2)}
print(f())
print([(i, j) for i in range(2) for j in range(i, 2)])
gen = (x for x in "ab")
print(list(gen), x)
