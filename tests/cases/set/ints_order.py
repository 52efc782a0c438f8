# Printing sets of ints below 8 (their iteration order follows the value); larger sets are sorted
print({3, 1, 2}, {5, 0, 7, 2}, set(range(7, 0, -1)), {0}, {1, 2, 3} - {2})
s = set()
for n in [6, 3, 5, 1, 7, 2]:
    s.add(n)
print(s, list(s), sorted(s) == list(s))
print({n % 5 for n in range(30)}, {x for x in [4, 4, 2, 2, 0]}, set([7, 6, 5, 4]))
print(sorted({-1, -5, 3, 0}), sorted({2.5, 1, 1.5}), sorted({10 ** 20, 1, 2 ** 64}))
u = set(range(0, 20, 3)) | set(range(0, 20, 5))
print(sorted(u), len(u), sum(u), sorted(u ^ set(range(20)))[:5])
