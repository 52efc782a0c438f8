# Uncaught ValueError from int() parsing
print(int("0x1f", 16), int("0b101", 0), int("z", 36), int("-0"))
try:
    int("3.0")
except ValueError as e:
    print("caught:", e)
data = ["12", "7", " -3 ", "+8", "1_000", "0", "4x", "9"]
total = 0
for item in data:
    value = int(item)
    total += value
    print(f"{item!r:>8} -> {value:>5}  running total {total}")
print("never printed", total)
