# lower: row
# A call of a small pure function is done in line: the callee's arithmetic on the caller's
# unboxed ints, its guards exiting before the CALL (no call, no activation record).
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s


for _ in range(20):
    row(3, 50)
