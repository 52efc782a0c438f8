# Exceptions raised from hot code after many clean iterations.
def checked_div(a, b):
    return a // b
def run(n, zero_at):
    total = 0
    caught = 0
    for i in range(n):
        try:
            total += checked_div(i, 0 if i == zero_at else 3)
        except ZeroDivisionError:
            caught += 1
    return total, caught
print(run(50000, 45000))
print(run(100, -1))
def lookup(d, keys):
    hits = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            last = e.args[0]
    return hits, last
d = {i: 1 for i in range(1000)}
print(lookup(d, list(range(1005))))
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)
for i in range(3000):
    try:
        deep(20)
    except ValueError as e:
        msg = str(e)
print(msg, i)
