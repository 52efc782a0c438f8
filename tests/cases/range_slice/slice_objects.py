# slice objects: repr, attributes, indices()
s = slice(1, 2, 3)
print(s, repr(slice(5)), slice(None), slice(1, None), slice(None, None, -1), slice('a', [1], None))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop, slice(4).step)
for sl in [slice(None), slice(2, 8), slice(None, None, -1), slice(-3, None), slice(1, 100, 2), slice(-100, 100),
           slice(None, None, 3), slice(8, 2, -2), slice(-1, -11, -1), slice(5, 5), slice(10, 20), slice(-20, -15)]:
    print(repr(sl), sl.indices(10), sl.indices(0), sl.indices(3), list(range(10))[sl])
data = 'abcdefghij'
mid = slice(3, 7)
print(data[mid], list(range(20))[mid], (1, 2, 3, 4, 5, 6, 7)[mid], b'0123456789'[mid])
evens = slice(None, None, 2)
print(data[evens], [0, 1, 2, 3, 4][evens])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(0) == slice(None, 0))
class Seq:
    def __getitem__(self, key):
        return key
sq = Seq()
print(sq[1:2], sq[::3], sq[1:2, 3], sq[...], sq[:], sq[-1:], sq[1:2:None])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a', 2).indices(5))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: hash(slice(1, 2)))
t(lambda: [1, 2, 3][slice('a', 'b')])
