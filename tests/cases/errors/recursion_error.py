# Uncaught RecursionError from unbounded recursion
def depth(n):
    return depth(n + 1)

print("starting")
depth(0)
