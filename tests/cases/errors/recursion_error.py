# Uncaught RecursionError from unbounded recursion
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), len(str(fact(500))))
def depth(n):
    return depth(n + 1)

print(sys.getrecursionlimit())
print("starting")
depth(0)
