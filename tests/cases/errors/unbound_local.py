# Uncaught UnboundLocalError
total = 10

def read_only():
    return total + 1

def add(n):
    total += n
    return total

print(read_only())
print(total)
print(add(5))
