# Generators and closures used from hot code.
def counter():
    count = 0
    def inc(k):
        nonlocal count
        count += k
        return count
    return inc

def use_closure(n):
    inc = counter()
    r = 0
    for i in range(n):
        r = inc(i % 3)
    return r

print(use_closure(3000))

def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i

def consume(n):
    s = 0
    for v in gen(n):
        s += v
    return s

print(consume(3000))
print(sum(x for x in range(2000) if x % 7 == 0))

def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]

adders = make_adders(50)
t = 0
for i in range(2000):
    t += adders[i % 50](i)
print(t)

def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    return max(squares), sum(1 for _ in range(n))

print(pipeline(3000))
