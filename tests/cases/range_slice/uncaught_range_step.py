# Uncaught ValueError: range() arg 3 must not be zero
def evenly(lo, hi, parts):
    step = (hi - lo) // parts
    return list(range(lo, hi, step))

print(evenly(0, 100, 4))
print(evenly(0, 10, 3))
print(evenly(-10, 10, 5))
print(evenly(0, 10, 10))
print(evenly(0, 10, 20))
