# Call sites that see different callables and receivers.
class A:
    def area(self):
        return 1

class B(A):
    def area(self):
        return 2

class C:
    def area(self):
        return 3.5

def total(shapes):
    t = 0
    for s in shapes:
        t = t + s.area()
    return t

shapes = [A(), B(), C()] * 700
print(total(shapes))
print(total([A()] * 3000))
print(total([B()] * 3000 + [C()]))

def apply(fs, x):
    r = []
    for f in fs:
        r.append(f(x))
    return r

def sq(x):
    return x * x

fs = [sq, abs, str, float, lambda v: v + 1, len if False else sq] * 400
out = apply(fs, -3)
print(len(out), out[:6])

def call_many(n):
    acc = 0
    g = sq
    for i in range(n):
        if i == n // 2:
            g = abs
        acc += g(i - 5)
    return acc

print(call_many(4000))
