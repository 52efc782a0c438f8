# Uncaught ValueError from factorial of a negative number
import math
print([math.factorial(k) for k in range(8)])
print(math.factorial(25), len(str(math.factorial(100))))
try:
    math.factorial(3.5)
except TypeError as e:
    print("caught:", e)
n = 5
while True:
    print(n, math.factorial(n))
    n -= 2
