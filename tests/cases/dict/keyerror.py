# KeyError messages and representation
def t(f):
    try:
        print(repr(f()))
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
d = {'a': 1}
t(lambda: d['x'])
t(lambda: d[1])
t(lambda: d[(1, 2)])
t(lambda: d[None])
t(lambda: d[''])
t(lambda: d["it's"])
t(lambda: d[1.5])
t(lambda: d.pop('q'))
t(lambda: {}.popitem())
t(lambda: d[frozenset()])
t(lambda: d[()])
try:
    {}['missing']
except LookupError as e:
    print(type(e).__name__, isinstance(e, LookupError), str(e), e.args[0])
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=5)
print(c['a'], c['b'], 'b' in c, c)
