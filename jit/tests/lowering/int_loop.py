# lower: sum_squares, collatz
# A counted range loop with int arithmetic: the iterator is virtual, the accumulator an i64
# with overflow guards.
def sum_squares(n):
    acc = 0
    for i in range(n):
        acc += i * i
    return acc


def collatz(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


for k in range(1200):
    sum_squares(50)
    collatz(27 + k)
