a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
class N: pass
n = N(); n.a = 1; n.b = 2
n.a, n.b = n.b, n.a
print(n.a, n.b)
def fib(k):
    p, q = 0, 1
    for _ in range(k):
        p, q = q, p + q
    return p
print(fib(30))
