# Set algebra identities, comparisons and order-preserving deduplication
A = set(range(0, 30, 2))
B = set(range(0, 30, 3))
C = set(range(0, 30, 5))
print(sorted(A & B), sorted(A & B & C), sorted((A | B) - C)[:8], len(A ^ B ^ C))
print(A | (B & C) == (A | B) & (A | C), A & (B | C) == (A & B) | (A & C), A - (B | C) == (A - B) & (A - C))
print(A ^ B == (A - B) | (B - A), (A ^ B) ^ B == A, len(A | B) == len(A) + len(B) - len(A & B))
print(A <= A | B, A & B <= A, (A - B).isdisjoint(B), not (A & B).isdisjoint(B), set() <= A, A > set())
print(A == frozenset(A), A.union() == A, A.intersection() == A, A.difference() == A, A.copy() == A)
words = ['b', 'a', 'c', 'a', 'b', 'd', 'c', 'e']
print(list(dict.fromkeys(words)), sorted(set(words)), len(set(words)))
seen = set()
ordered = [w for w in words if not (w in seen or seen.add(w))]
print(ordered)
nums = [5, 3, 5, 1, 3, 9, 1, 7]
print(list(dict.fromkeys(nums)), sorted(set(nums), reverse=True), sorted(n for n in set(nums) if n > 4))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs), len(pairs), {frozenset(p) for p in pairs} == {frozenset((b, a)) for a, b in pairs})
power = [set()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(sorted(sorted(s) for s in power), len(power))
print(sorted(set('hello world') - set(' ')), ''.join(sorted(set('mississippi') & set('missouri'))))
s = {1, 2, 3}
s2 = s
s |= {4}
s = s | {5}
print(sorted(s), sorted(s2), s is s2)
