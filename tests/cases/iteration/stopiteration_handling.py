# StopIteration handling and the default argument of next()
it = iter([1, 2])
while True:
    try:
        item = next(it)
    except StopIteration:
        print('done')
        break
    print('got', item)
print(next(iter([]), 'fallback'), next(iter(''), None), next(iter([0]), 'unused'))
def take(iterable, n):
    out = []
    it = iter(iterable)
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(take('abcdef', 3), take([1], 5), take(range(100), 0))
def gen():
    yield 1
    raise StopIteration('inside generator')
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__, e.__cause__)
class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
lim = Limited()
print(list(lim), list(lim), next(lim, 'still exhausted'))
def first_even(xs):
    return next((x for x in xs if x % 2 == 0), None)
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args, repr(e))
