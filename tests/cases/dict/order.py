# Insertion order is preserved; deletion and re-insertion moves a key to the end
d = {}
for key in ['zeta', 'alpha', 'mid', 'beta']:
    d[key] = len(key)
print(list(d))
d['alpha'] = 99
print(list(d), d)
del d['zeta']
d['zeta'] = 0
print(list(d))
d.pop('mid')
d.setdefault('mid', 1)
print(list(d.items()))
d.update({'alpha': 1, 'new': 2})
print(list(d))
print(d.popitem(), list(d))
e = dict.fromkeys([3, 1, 2, 1, 3])
print(list(e))
f = {1: 'a', 2: 'b'}
f[1.0] = 'c'
f[True] = 'd'
print(f)
g = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del g[i]
for i in range(0, 10, 3):
    g[i] = -i
print(g)
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1}, list({'b': 1, 'a': 2}) == list({'a': 2, 'b': 1}))
print({'x': 1} | {'y': 2}, {'x': 1, 'y': 1} | {'x': 3}, {'y': 2} | {'x': 1})
h = {'x': 1}
h |= {'z': 26, 'x': 0}
h |= [('w', 23)]
print(h)
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:8], list(big)[-4:])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {'a': 1} | [('b', 2)])
t(lambda: {'a': 1} + {'b': 2})
