# Uncaught OverflowError converting a huge int to float
import math
n = 10
while True:
    print(n, math.sqrt(n) > 0)
    n = n ** 10
