# Uncaught OverflowError converting a huge int to float
import math
print(float(2 ** 1023), 2 ** 1023 / 2 ** 1000)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("caught:", e)
n = 10
while True:
    print(len(str(n)), math.sqrt(n) > 0)
    n = n ** 10
