# Built-in iterator types: names, __length_hint__, __next__, subclassing, argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'a': 1, 'b': 2}
objs = [[1, 2], (1, 2), 'ab', b'ab', d, d.values(), d.items(), {1, 2}, range(3)]
print([type(iter(o)).__name__ for o in objs])
print([type(reversed(o)).__name__ for o in [[1], (1,), 'a', range(2), d, d.keys(), d.values(), d.items()]])
print([iter(o).__length_hint__() for o in objs])
it = iter([1, 2, 3])
next(it)
r = reversed([1, 2, 3, 4])
next(r)
print(it.__length_hint__(), r.__length_hint__(), it.__next__(), r.__next__(), list(it), list(r))
e = enumerate('abc', 10 ** 20)
print(next(e), e.__next__(), list(e))
class Counted(enumerate):
    pass
c = Counted(['x', 'y'], start=5)
print(type(c).__name__, list(c), isinstance(c, enumerate))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
rs = reversed(Seq())
print(rs.__length_hint__(), list(rs), rs.__length_hint__())
si = iter(Seq())
print(type(si).__name__, si.__length_hint__(), next(si), si.__length_hint__(), list(si))
calls = iter(iter([5, 6, 0, 7]).__next__, 0)
print(type(calls).__name__, list(calls))
def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
z = zip('ab', [1, 2, 3])
print(list(z), list(zip()), list(zip('abc')))
t(lambda: list(zip('ab', 'abc', 'abcd', strict=True)))
t(lambda: list(zip('abc', 'abc', 'ab', strict=True)))
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], bogus=1))
t(lambda: zip(strict=True, other=1))
t(lambda: map())
t(lambda: filter(None, [], []))
t(lambda: reversed())
t(lambda: next(iter([]).__iter__()))
t(lambda: iter([]).__next__())
t(lambda: zip([1]).__length_hint__())
m = map(lambda a, b: a * b, [1, 2, 3], (4, 5))
print(list(m), list(map(str.upper, 'ab')), list(filter(bool, [0, '', 'x', 1])))
