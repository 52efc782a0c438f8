# Uncaught StopIteration from next() on an exhausted iterator
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("caught", repr(e))
print(list(it))
print(next(it))
