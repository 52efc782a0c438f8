# Floor division and modulo of machine ints in compiled code: every sign combination, the
# extremes (MIN // -1 overflows into a big int, MIN % -1 is 0) and division by zero.
def f(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append((x // y, x % y))
            except ZeroDivisionError as e:
                out.append(str(e))
    return out
M = -2**63
xs = [0, 1, -1, 7, -7, 13, -13, M, M + 1, 2**63 - 1, 100, -100]
ys = [1, -1, 2, -2, 3, -3, 7, -7, 0, M, 2**63 - 1, 5]
for _ in range(300):
    r = f(xs, ys)
print(r)
