try:
    a, b, c = [1, 2]
except ValueError as e:
    print("caught:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("caught:", e)
try:
    (x, y), z = (1,), 2
except ValueError as e:
    print("caught:", e)
try:
    a, b = 5
except TypeError as e:
    print("caught:", e)
p, q, r = [1, 2]
