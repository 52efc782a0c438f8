# Program-like: inventory valuation in integer cents
inventory = [
    ("widget", 1250, 17),
    ("gadget", 9999, 3),
    ("doohickey", 45, 1200),
    ("thingamajig", 250000, 2),
    ("sprocket", 333, 33),
]
total = 0
for name, cents, qty in inventory:
    value = cents * qty
    total += value
    dollars, rem = divmod(value, 100)
    print(f"{name:<12} {qty:>5} x {cents // 100:>5}.{cents % 100:02d} = {dollars:>7}.{rem:02d}")
print("total cents", total)
print("total", f"{total // 100}.{total % 100:02d}")
tax = (total * 825 + 5000) // 10000
print("tax (8.25%)", tax, "grand", total + tax)
# split the total among 7 partners, distributing the remainder
share, extra = divmod(total, 7)
shares = [share + (1 if i < extra else 0) for i in range(7)]
print(shares, sum(shares) == total)
# price histogram by bucket of 1000 cents
buckets = {}
for name, cents, qty in inventory:
    buckets.setdefault(cents // 1000, []).append(name)
for k in sorted(buckets):
    print(k * 1000, "-", k * 1000 + 999, buckets[k])
largest = max(inventory, key=lambda r: r[1] * r[2])
print("largest holding:", largest[0])
compound = 100_000
for year in range(30):
    compound = compound * 107 // 100
print("compounded", compound)
