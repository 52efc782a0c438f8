# Uncaught ValueError: math domain error
import math
print(math.sqrt(2.25), math.sqrt(0), math.sqrt(-0.0), math.sqrt(10 ** 20))
print(math.log(1), math.log(math.e), math.acos(1), math.asin(0))
for x in [4, 2, 1e-300, 0]:
    print(x, math.sqrt(x), math.log1p(x))
try:
    math.log(0)
except ValueError as e:
    print("caught:", e)
for x in [4, 2, 0, -1]:
    print(x, math.sqrt(x))
