# list.sort robustness: mutation during sort, failing keys and comparisons, comparison order
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = [3, 1, 2]
def appending_key(x):
    data.append(x)
    return x
t(lambda: data.sort(key=appending_key))
print(data)
seen = []
def peeking_key(x):
    seen.append(len(data))
    return -x
data.sort(key=peeking_key)
print(data, seen)
calls = []
def counting_key(x):
    calls.append(x)
    return x % 3
vals = [5, 3, 9, 4, 6, 1]
vals.sort(key=counting_key)
print(vals, calls)
def bad_key(x):
    if x == 9:
        raise KeyError(x)
    return x
t(lambda: vals.sort(key=bad_key))
print(vals)
class Noisy:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Noisy.log.append((self.v, other.v))
        if self.v == 'boom' or other.v == 'boom':
            raise RuntimeError('cannot compare boom')
        return self.v < other.v
    def __repr__(self):
        return 'N(%r)' % (self.v,)
items = [Noisy(v) for v in [4, 2, 5, 1, 3]]
items.sort()
print(items, Noisy.log)
Noisy.log.clear()
items = [Noisy(v) for v in [3, 'boom', 1, 2]]
t(lambda: items.sort())
print(sorted(n.v for n in items if n.v != 'boom'), len(items), Noisy.log)
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
print(sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs, key=lambda p: p[0]))
class MyList(list):
    pass
ml = MyList([3, 1, 2])
ml.sort(reverse=True)
print(ml, type(ml).__name__, sorted(ml), type(sorted(ml)).__name__)
def clearing_key(x):
    data.clear()
    return x
data = [2, 1]
t(lambda: data.sort(key=clearing_key))
print(data)
big = [(i * 37) % 101 for i in range(101)]
cmp_count = [0]
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        cmp_count[0] += 1
        return self.v < other.v
out = sorted(C(v) for v in big)
print([c.v for c in out][:10], cmp_count[0])
t(lambda: sorted([1, 2, 3], key=lambda x: [x][5]))
t(lambda: [3, 1, 2].sort(reverse='yes'))
