# The iterator protocol over builtin types
for obj in [[1, 2], (3, 4), 'ab', {'k': 1, 'j': 2}, {5}, range(2), b'xy', bytearray(b'z'), {'a': 1}.items(), {'a': 1}.values(), frozenset([7])]:
    it = iter(obj)
    print(type(obj).__name__, iter(it) is it, list(it), list(it))
it = iter([10, 20, 30])
print(it.__next__(), next(it), it.__iter__() is it, list(it), next(it, 'exhausted'))
d = {'x': 1, 'y': 2}
ki = iter(d)
print(next(ki), next(ki), next(ki, None))
s = 'héllo'
si = iter(s)
print(next(si), next(si), ''.join(si))
r = iter(range(0, 10, 3))
print(list(r), list(r))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return SquaresIter(self.n)
class SquaresIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(5)
print(list(sq), list(sq), sum(sq), 16 in sq, sorted(sq, reverse=True), tuple(sq)[1:3])
a, b, *rest = Squares(4)
print(a, b, rest)
print(dict(zip(Squares(3), 'abc')), {x for x in Squares(3)} == {1, 4, 9}, max(Squares(6)))
for x in Squares(3):
    print('loop', x)
