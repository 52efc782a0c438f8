# Program-like: printing an invoice with % formatting and str.format
items = [
    {"sku": "A-100", "desc": "Espresso beans 1kg", "qty": 2, "unit": 24.5},
    {"sku": "B-220", "desc": "Milk frother", "qty": 1, "unit": 39.99},
    {"sku": "C-007", "desc": "Paper filters (x100)", "qty": 5, "unit": 3.2},
    {"sku": "D-913", "desc": "Descaler", "qty": 3, "unit": 7.75},
]
customer = {"name": "Ada Lovelace", "id": 1815, "city": "London"}
print("INVOICE #%(id)06d for %(name)s, %(city)s" % customer)
print("%-6s %-22s %4s %9s %10s" % ("SKU", "Description", "Qty", "Unit", "Line"))
subtotal = 0
for it in items:
    line = it["qty"] * it["unit"]
    subtotal += line
    print("%-6s %-22.22s %4d %9.2f %10.2f" % (it["sku"], it["desc"], it["qty"], it["unit"], line))
vat = subtotal * 0.2
print("{:>44} {:>10.2f}".format("Subtotal:", subtotal))
print("{:>44} {:>10.2f}".format("VAT 20%:", vat))
print("{:>44} {:>10.2f}".format("Total:", subtotal + vat))
print("{0:>44} {1:>10}".format("Rounded (banker's):", round(subtotal + vat)))
due = [("30 days", 1.0), ("60 days", 1.015), ("90 days", 1.03)]
for label, factor in due:
    print(f"  pay within {label:<8} -> {(subtotal + vat) * factor:9.2f} ({factor - 1:+.1%})")
print("Items: {n}, avg unit {avg:.3f}, max line {mx[0]} ({mx[1]:.2f})".format(
    n=len(items), avg=sum(i["unit"] for i in items) / len(items),
    mx=max(((i["sku"], i["qty"] * i["unit"]) for i in items), key=lambda p: p[1])))
print("%s" % "-" * 3, "%c%c%c" % (0x2713, 0x2717, 0x20ac), "%5.1f%%" % 12.345)
