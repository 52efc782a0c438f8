# Recursion in compiled code: fib, mutual recursion, RecursionError, deep recursion.
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(22))
print([fib(i) for i in range(15)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(400), is_odd(401), is_even(77))

def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)

print(down(900))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

d = depth(0)
print(d > 500)
sys.setrecursionlimit(3000)
print(down(2500))
