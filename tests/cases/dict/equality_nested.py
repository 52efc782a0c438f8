# Equality ignores order; nested dicts; copying semantics
a = {'x': 1, 'y': {'z': [1, 2]}}
b = {'y': {'z': [1, 2]}, 'x': 1}
print(a == b, a != b, a is b, {1: 1} == {1.0: 1}, {1: 'a'} == {1: 'b'}, {} == dict(), {'a': 1} == [('a', 1)])
print({'n': float('nan')} == {'n': float('nan')}, {1: 2} == {1: 2, 3: 4})
nan = float('nan')
print({'n': nan} == {'n': nan})
import copy
shallow = dict(a)
deep = copy.deepcopy(a)
a['y']['z'].append(3)
print(shallow, deep)
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0) if t else 0
print(depth(tree), depth({}), sorted(tree['a']))
inv = {v: k for k, v in {'one': 1, 'two': 2, 'uno': 1}.items()}
print(inv)
merged = {}
for src in [{'a': 1, 'b': 2}, {'b': 3, 'c': 4}, {'a': 5}]:
    for k, v in src.items():
        merged.setdefault(k, []).append(v)
print(merged, {k: sum(v) for k, v in merged.items()})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(counts.items())), min(counts.values()), list(counts).index('p'))
