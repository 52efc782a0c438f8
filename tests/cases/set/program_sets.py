# Program-like: course enrolment analysis with sets
enrolled = {
    'math': {'ann', 'bob', 'cy', 'dee'},
    'physics': {'bob', 'dee', 'eve'},
    'art': {'cy', 'fay', 'ann'},
    'music': {'gus'},
}
everyone = set().union(*enrolled.values())
print('students:', sorted(everyone), len(everyone))
print('math & physics:', sorted(enrolled['math'] & enrolled['physics']))
print('math only:', sorted(enrolled['math'] - set().union(*(v for k, v in enrolled.items() if k != 'math'))))
print('art ^ math:', sorted(enrolled['art'] ^ enrolled['math']))
counts = {s: sum(s in v for v in enrolled.values()) for s in sorted(everyone)}
print('course counts:', counts)
for c1 in sorted(enrolled):
    for c2 in sorted(enrolled):
        if c1 < c2 and enrolled[c1].isdisjoint(enrolled[c2]):
            print('disjoint:', c1, c2)
print('subset checks:', {'bob'} <= enrolled['physics'], enrolled['music'] < everyone)
def primes_upto(n):
    composite = set()
    for i in range(2, int(n ** 0.5) + 1):
        composite |= set(range(i * i, n + 1, i))
    return set(range(2, n + 1)) - composite
p = primes_upto(60)
print(sorted(p))
twins = sorted((a, a + 2) for a in p if a + 2 in p)
print(twins)
odd = set(range(1, 60, 2))
print(sorted(odd - p)[:10], p - odd, len(p & odd))
seen, dupes = set(), set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    (dupes if x in seen else seen).add(x)
print(sorted(seen), sorted(dupes))
