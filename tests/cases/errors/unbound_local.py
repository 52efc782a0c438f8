# Uncaught UnboundLocalError
total = 10

def add(n):
    total += n
    return total

print(add(5))
