# dict methods
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d.pop('d', None), d)
print(d.popitem(), d)
d['c'] = 30
d.update({'b': 20, 'x': 9})
print(d)
d.update([('y', 8)], z=7)
d.update(w=6)
d.update()
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d, c == d)
c.clear()
print(c, len(c))
print(dict.fromkeys(range(3), 'v'), {}.fromkeys('ab', 1))
items = []
while d:
    items.append(d.popitem())
print(items, d)
e = {'k': [1]}
f = e.copy()
f['k'].append(2)
print(e, f)
g = {1: 'one'}
print(g.__getitem__(1), g.__contains__(1), g.__len__(), list(g.__iter__()), g.get(1.0), g.get(True))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {}.popitem())
t(lambda: {}.pop('k'))
t(lambda: {'a': 1}['b'])
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.setdefault([], 1))
t(lambda: {}.pop())
t(lambda: {}.get([]))
