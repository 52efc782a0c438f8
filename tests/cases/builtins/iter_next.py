# iter() and next(), including the two-argument sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b'')).__name__)
print(iter(it) is it, list(iter('abc')), list(iter({'a': 1, 'b': 2})), list(iter(range(2))))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ['first', 'second', '', 'after-blank']
feed = iter(lines)
print(list(iter(lambda: next(feed), '')), next(feed))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(3)), 2 in Countdown(5), 7 in Countdown(5))
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItem()), list(iter(GetItem())), 20 in GetItem(), [x for x in GetItem()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))
t(lambda: next(iter([])))
t(lambda: next([1]))
t(lambda: next(5))
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(1, 2))
t(lambda: iter(tick, 1, 2))
t(lambda: next())
t(lambda: next(Countdown(0)))
class NotIter:
    def __iter__(self):
        return 5
t(lambda: iter(NotIter()))
