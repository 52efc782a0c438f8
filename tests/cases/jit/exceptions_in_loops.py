# Exceptions raised and caught inside compiled loops.
def safe_div(xs):
    out = 0
    errors = 0
    for x in xs:
        try:
            out += 100 // x
        except ZeroDivisionError:
            errors += 1
    return out, errors

print(safe_div([1, 2, 0, 5, 0, -3] * 500))

def lookups(d, keys):
    hits = 0
    misses = []
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            misses.append(e.args[0])
    return hits, len(misses), misses[:3]

d = {i: i * 2 for i in range(100)}
print(lookups(d, list(range(90, 110)) * 100))

class Stop(Exception):
    pass

def find(n, target):
    try:
        for i in range(n):
            if i * i > target:
                raise Stop(i)
    except Stop as s:
        return s.args[0]
    return -1

print(find(100000, 5_000_000), find(10, 5_000_000))

def finally_count(n):
    c = 0
    for i in range(n):
        try:
            if i % 5 == 0:
                continue
            c += 1
        finally:
            c += 10
    return c

print(finally_count(2000))

def raise_in_nested(n):
    caught = 0
    for i in range(n):
        try:
            int("x" if i % 100 == 0 else "7")
        except ValueError:
            caught += 1
    return caught

print(raise_in_nested(3000))
