# map, filter, zip and enumerate are lazy
trace = []
def f(x):
    trace.append(('f', x))
    return x + 100
def p(x):
    trace.append(('p', x))
    return x % 2 == 0
pipeline = map(f, filter(p, range(6)))
print(trace)
print(next(pipeline), trace)
trace.clear()
print(list(pipeline), trace)
trace.clear()
def source(n):
    for i in range(n):
        trace.append(('src', i))
        yield i
z = zip(source(5), 'ab')
print(list(z), trace)
trace.clear()
z2 = zip('ab', source(5))
print(list(z2), trace)
trace.clear()
e = enumerate(source(3), 1)
print(next(e), trace)
infinite = map(lambda x: x * x, iter(int, 1))
print(next(infinite), next(infinite))
counter = iter(range(1, 10 ** 18))
evens = filter(lambda n: n % 2 == 0, counter)
print([next(evens) for _ in range(5)], next(counter))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
first = []
for v in map(lambda x: x * 3, naturals()):
    if v > 20:
        break
    first.append(v)
print(first)
print(any(x > 5 for x in naturals()), next(x for x in naturals() if x * x > 50))
