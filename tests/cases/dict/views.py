# dict views: keys, values, items
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it, 'z' in k)
d['d'] = 4
del d['a']
print(k, v, it)
print(list(k), list(v), list(it), list(reversed(k)), list(reversed(it)))
print(k & {'b', 'x'}, sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(it & {('b', 2), ('c', 0)}, sorted(it | {('z', 26)}), sorted(it - {('c', 3)}))
print(k == {'b', 'c', 'd'}, k == ['b', 'c', 'd'], k <= {'b', 'c', 'd', 'e'}, k > {'b'}, k.isdisjoint({'x'}))
print(v == v, d.values() == d.values(), sorted(v), sum(v), max(v))
print(repr({}.keys()), repr({}.values()), repr({}.items()), str({1: 2}.items()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, '->', val, end='; ')
print()
print([key for key in d], [d[key] for key in d.keys()], dict(d.items()) == d, dict(zip(d.values(), d.keys())))
print(k.mapping if hasattr(k, 'mapping') else None)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: k[0])
t(lambda: v[0])
t(lambda: k + k)
t(lambda: v & v)
t(lambda: {'a': [1]}.items() & {('a', 1)})
