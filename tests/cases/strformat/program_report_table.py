# Program-like: a formatted sales report table
rows = [
    ("North", "Widgets", 1520, 3.75),
    ("North", "Gadgets", 310, 19.99),
    ("South", "Widgets", 998, 3.80),
    ("South", "Doohickeys", 12, 249.5),
    ("East", "Gadgets", 1204, 18.25),
    ("West", "Widgets", 0, 3.75),
]
header = f"{'Region':<8}|{'Product':^12}|{'Units':>7}|{'Price':>9}|{'Revenue':>12}"
print(header)
print('-' * len(header))
total = 0.0
for region, product, units, price in rows:
    revenue = units * price
    total += revenue
    print(f"{region:<8}|{product:^12}|{units:>7,}|{price:>9.2f}|{revenue:>12,.2f}")
print('=' * len(header))
print(f"{'TOTAL':<8}|{'':^12}|{sum(r[2] for r in rows):>7,}|{'':>9}|{total:>12,.2f}")
by_region = {}
for region, _, units, price in rows:
    by_region[region] = by_region.get(region, 0) + units * price
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    bar = '#' * round(share * 40)
    print('%-6s %10.2f %6.1f%% %s' % (region, rev, share * 100, bar))
print('{:*^40}'.format(' summary '))
print('{:<20}{:>20}'.format('products:', len({r[1] for r in rows})))
print('{:<20}{:>20.3e}'.format('revenue (sci):', total))
print('{:<20}{:>+20.1%}'.format('growth:', 0.0725))
print('{:<20}{:>#20x}'.format('checksum:', int(total * 100) % 65536))
