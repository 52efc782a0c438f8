print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0)
print("" or "default", [] and "x", not [], not 5)
log = []
def f(n, r):
    log.append(n)
    return r
print(f(1, 0) and f(2, 1))
print(f(3, 1) or f(4, 1))
print(log)
print(not 1 == 2, (not 1) == 2)
print(True + True, True * 10, False - 1)
print(bool(0.0), bool(-0.0), bool(0j), bool("0"), bool([0]))
