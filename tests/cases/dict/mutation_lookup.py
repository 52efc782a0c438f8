# dict robustness: __eq__ and __hash__ that misbehave during lookups, mutation while iterating
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Key:
    def __init__(self, name, target=None):
        self.name = name
        self.target = target
    def __hash__(self):
        return 42
    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%s)' % self.name
d = {}
d[Key('a')] = 1
d[Key('b')] = 2
probe = Key('c', d)
t(lambda: d[probe])
print(d)
d = {Key('a'): 1}
t(lambda: d.get(Key('a', d), 'gone'))
print(len(d))
class BadHash:
    def __hash__(self):
        raise ValueError('no hash for you')
t(lambda: {BadHash(): 1})
t(lambda: {1: 2}.get(BadHash()))
t(lambda: BadHash() in {1: 2})
t(lambda: {1: 2}.pop(BadHash()))
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise TypeError('no eq')
t(lambda: {1: 'one', BadEq(): 2})
t(lambda: {True: 1}[BadEq()])
d = {1: 1, 2: 2}
def add_during():
    for k in d:
        d[k + 10] = 0
t(add_during)
print(d)
d = {1: 1}
def swap_keys():
    for k in d:
        del d[k]
        d[k + 1] = 1
t(swap_keys)
print(d)
d = {'a': 1, 'b': 2}
def views_during():
    for k, v in d.items():
        d.clear()
t(views_during)
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
it = reversed(d)
print(next(it))
d['z'] = 0
t(lambda: next(it))
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Default(x=1)
print(dd['abc'], dd, dd.get('zz'), 'zz' in dd, dict.fromkeys('ab', 0) == Default.fromkeys('ab', 0), type(Default.fromkeys('a')).__name__)
class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()}, dict(Mapping(), r=1))
e = {'a': 1}
e |= Mapping()
e |= [('w', 2)]
print(e)
t(lambda: e | [('x', 1)])
