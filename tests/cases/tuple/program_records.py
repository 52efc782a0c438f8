# Program-like: processing records stored as tuples
records = [
    ('2024-01-03', 'coffee', -3.50),
    ('2024-01-03', 'salary', 2500.00),
    ('2024-01-05', 'rent', -900.00),
    ('2024-01-05', 'coffee', -3.75),
    ('2024-01-09', 'books', -42.10),
    ('2024-01-12', 'coffee', -3.50),
    ('2024-01-15', 'refund', 42.10),
]
balance = 0.0
for date, what, amount in records:
    balance += amount
    print(f'{date} {what:<8} {amount:>9.2f} {balance:>9.2f}')
by_cat = {}
for _, what, amount in records:
    n, total = by_cat.get(what, (0, 0.0))
    by_cat[what] = (n + 1, total + amount)
for what, (n, total) in sorted(by_cat.items(), key=lambda kv: kv[1][1]):
    print(f'{what:<8} n={n} total={total:.2f}')
dates = sorted({r[0] for r in records})
print(dates[0], dates[-1], len(dates))
biggest = max(records, key=lambda r: abs(r[2]))
smallest = min(records, key=lambda r: (abs(r[2]), r[1]))
print(biggest, smallest)
pairs = list(zip(*[(r[1], r[2]) for r in records]))
print(pairs[0][:3], pairs[1][:3])
Point = tuple
def dist2(p, q):
    return sum((a - b) ** 2 for a, b in zip(p, q))
pts = [(0, 0), (3, 4), (-1, 7), (6, -8), (2, 2)]
closest = min(((p, q) for i, p in enumerate(pts) for q in pts[i + 1:]), key=lambda pq: dist2(*pq))
print('closest pair', closest, dist2(*closest))
print(sorted(pts, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)))
swap = [(b, a) for a, b in pts]
print(swap, tuple(map(sum, pts)))
