def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)))
for v in count_up(2):
    print("got", v)
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finished")
gen = lazy()
print("created")
print(list(gen))
