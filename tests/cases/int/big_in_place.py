# A big int result may be computed in the object of its left operand when nothing else can
# see that object (a temporary, or `x op= y` on a local nothing else holds). Every alias
# must keep its value: ints are immutable to Python code.
import sys

a = 10**30
b = a
b += 1
print(a, b, a is b)

kept = [a]
d = a * 3
d += 5
d -= 2**40
d *= 7
d //= 2**3
d %= 2**90
print(d, kept, kept[0] is a)

x = 2**100
y = x
x -= 1
x <<= 3
x >>= 5
print(x, y)

z = 2**70
z >>= 3
print(z, type(z).__name__)
z = 2**70 + 5
z %= 2**64
print(z, type(z).__name__)
w = 2**65
w -= 2**65 - 7
print(w, type(w).__name__, w == 7)
n = -(2**80) - 3
n %= 2**64
print(n)
n = -(2**80) - 3
n //= 2**10
print(n)
n = -(2**80) - 3
n >>= 70
print(n)


class I(int):
    pass


q = I(2**80)
q += 1
print(type(q).__name__, q)
r = 2**80
r += I(1)
print(type(r).__name__, r)

m = 2**100
print(sys.getrefcount(m))
m2 = m * 1
m2 *= 2
print(m, m2, sys.getrefcount(m))

t = (2**70,)
u = t[0] + 0
u += 1
print(t, u)
v = 2**70
v = v - v
print(v, type(v).__name__)
s = 2**70
s = s * s
print(s)
try:
    e = 2**70
    e %= 0
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc, e)
try:
    e = 2**70
    e <<= -1
except ValueError as exc:
    print("ValueError", exc, e)


def wide(rounds, every):
    # Hot enough to be compiled: the loop's temporaries and `v %=` stay in place, while
    # the values kept in a list must not change afterwards.
    v = 1
    acc = 0
    saved = []
    for i in range(1, rounds):
        v = v * 6364136223846793005 + i
        acc ^= v & 0xFFFF
        if i % every == 0:
            saved.append(v)
        v %= 1 << 127
        if i % every == 1:
            saved.append(v)
    return acc, v, saved


acc, v, saved = wide(5000, 997)
print(acc, v)
print(len(saved), [s % 1000003 for s in saved])
print([s.bit_length() for s in saved])


def counter(n):
    big = 2**64
    total = big
    for i in range(n):
        total += i
        other = total
        total += 1
        if other == total:
            print("alias changed")
    return total, other


print(counter(3000))
