x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 > 0 != 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(5) < v(2) < v(3))
print(calls)
print("a" < "b" < "c", [1] < [1, 2] < [2])
print(3 in [1, 3] in [[1, 3]], x is not None is not False)
