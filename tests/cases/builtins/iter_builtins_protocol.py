# sum/min/max/any/all/sorted drive the iterator protocol: order of calls, early exit, errors
log = []
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return self.v < other.v
    def __gt__(self, other):
        log.append(('gt', self.v, other.v))
        return self.v > other.v
    def __add__(self, other):
        log.append(('add', self.v, other))
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __radd__(self, other):
        log.append(('radd', other, self.v))
        return Num(other + self.v)
    def __repr__(self):
        return 'Num(%r)' % self.v
nums = [Num(3), Num(1), Num(4), Num(1)]
print(max(nums), log)
log.clear()
print(min(nums), log)
log.clear()
print(sum(nums), log)
log.clear()
print(sum(nums, Num(10)).v, len(log))
def gen(limit):
    for i in range(limit):
        log.append(('yield', i))
        yield i
log.clear()
print(any(x > 1 for x in gen(5)), log)
log.clear()
print(all(x < 2 for x in gen(5)), log)
log.clear()
print(max(gen(3), key=lambda v: -v), min(gen(0), default='empty'), log)
print(sum([1, 2, 3.5, 4]), sum([0.1] * 3), sum([1, 2**62, 2**62]), sum([10**20, 0.5]), sum([True, 2, 3.0, 1j]))
print(sorted([3, 1, 2], key=None), sorted('cba', reverse=False), sorted(x * x for x in range(-3, 3)))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(1.0, 1), max([[1], [1, 0]]), min('ab', 'a', key=len))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: max([Num(1), 2]))
t(lambda: sum([Num(1), 'a']))
t(lambda: min([3, 1], key=lambda x: x / 0))
t(lambda: sorted([1, 2], key=lambda x: 1 / 0))
t(lambda: any(1 / x for x in [1, 0]))
t(lambda: sum([1, 2], 3, 4))
t(lambda: sum())
t(lambda: sum([[1]], start=[0]))
t(lambda: sum(['a'], start=''))
t(lambda: sum([b'a'], bytearray()))
t(lambda: max(x=1))
t(lambda: max([1], default=0, key=None, bad=1))
t(lambda: sorted([1], key=None, reverse=False, junk=1))
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(set[str]), list[int]('ab'), list[int].__origin__ is list)
