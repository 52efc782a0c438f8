# lower: fib
# Recursion: the global `fib` is guarded by the globals keys version and an identity check,
# then called directly (no interpreter frame).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib(18)
