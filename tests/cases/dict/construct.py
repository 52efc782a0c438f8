# dict literals and the dict() constructor forms
print({}, {'a': 1, 'b': 2}, {1: 'x', (2, 3): 'y', None: 'z', 2.5: 'w', True: 'b'})
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict(zip('abc', range(3))), dict({'x': 1}, y=2))
print(dict([('k', 1)], k=2), dict(((1, 2), (3, 4))), dict(['ab', 'cd']), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({'a': 1, 'a': 2}, {**{'a': 1}, 'b': 2, **{'a': 3}}, {k: v for k, v in [('x', 1), ('y', 2)]})
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', False: 'f', 0.0: 'g'}, {True: 1, 1: 2}, {1.0: 'first', 1: 'second'})
print({n: n * n for n in range(5)}, {c: ord(c) for c in 'hey'}, {i % 3: i for i in range(10)})
shared = dict.fromkeys(['a', 'b'], [])
shared['a'].append(1)
print(shared)
print(len({}), len({'a': 1, 'b': 2}), 'a' in {'a': 1}, 1 in {'a': 1}, 'b' not in {'a': 1})
print(type({}).__name__, isinstance({}, dict), dict.__name__, repr({'q': "it's"}), str({'n': None}))
d = {'nested': {'inner': [1, {'deep': (2, 3)}]}}
print(d, d['nested']['inner'][1]['deep'][1])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(['abc']))
t(lambda: dict(5))
t(lambda: dict({}, {}))
t(lambda: {[1]: 2})
t(lambda: dict.fromkeys([[1]]))
t(lambda: {{}: 1})
