# Uncaught integer division by zero exits with status 1
def average(values):
    return sum(values) // len(values)

print(average([1, 2, 3]))
print(average([10, 20]))
print(average([]))
print("not reached")
