"""Naive recursive Fibonacci (call overhead, small-int arithmetic, comparison).

Size parameter: n for fib(n) (work grows as about 1.618**n).
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    result = fib(n)
    print(f"fib({n}) = {result}")
    print(f"checksum: fib n={n} result={result}")


main()
