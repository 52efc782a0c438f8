# frozensets as dict keys and members of sets; strings in sets sorted before printing
groups = {}
for a, b in [('x', 'y'), ('y', 'x'), ('a', 'b'), ('x', 'z')]:
    key = frozenset((a, b))
    groups[key] = groups.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in groups.items()))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset(), frozenset({3})}
print(len(nested), frozenset() in nested, sorted(sorted(f) for f in nested))
fs = frozenset({1, 2, 3})
print(fs.union([4]), fs.intersection({2, 9}), fs.difference({1}), fs.symmetric_difference({3, 4}), fs.copy() is fs)
print(repr(frozenset({5})), str(frozenset()), repr(set()), repr({None}), repr({(1, 'a')}))
words = set('the quick brown fox jumps over the lazy dog'.split())
print(sorted(words), len(words))
vowels = set('aeiou')
print(sorted(vowels & set('programming')), sorted(set('hello') - vowels), ''.join(sorted(set('mississippi'))))
letters = {c for c in 'abracadabra'}
print(sorted(letters), sorted(letters, reverse=True), 'a' in letters, len(letters))
print(sorted({1, 2, 3} | set('ab'), key=str))
print(frozenset('ab') == frozenset('ba'), frozenset('ab') < frozenset('abc'), set() == frozenset())
d = {frozenset(): 'empty', frozenset({1}): 'one'}
print(d[frozenset()], d[frozenset([1])], d.get(frozenset({2}), 'missing'))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
