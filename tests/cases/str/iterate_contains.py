# Iterating over strings and membership
s = 'Mississippi'
for ch in s[:4]:
    print(ch, end='|')
print()
print(list(s), tuple('ab'), set('hello') == {'h', 'e', 'l', 'o'}, sorted(set(s)))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([i for i, ch in enumerate(s) if ch == 's'], list(enumerate('abc', 1)))
print(list(zip('abc', 'xyz')), list(reversed('abc')), ''.join(reversed(s)))
it = iter('hi')
print(next(it), next(it), next(it, 'done'))
print('ss' in s, 'Miss' in s, 'miss' in s, 'ppi' in s, '' in '', 'a' in '')
print(any(c.isupper() for c in s), all(c.isalpha() for c in s), sum(c == 'i' for c in s))
print(list(map(str.upper, 'abc')), list(filter(str.isdigit, 'a1b2c3')), min(s), max(s))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=lambda w: (-len(w), w)), {w[0] for w in words} == set('tqbfjold'))
print(len(set(''.join(words))), [w for w in words if 'o' in w])
a, b, c = 'xyz'
print(a, b, c)
first, *rest = 'hello'
print(first, rest)
