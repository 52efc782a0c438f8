# Uncaught ValueError from an invalid format code
prices = {"tea": 2.5, "coffee": 3, "juice": 4.125, "cake": "3.75"}
for name, price in prices.items():
    print(f"{name:>8}: {price!s:>6} | {price!r:>8}")
print(format(3, ".2f"), format(True, ".1f"), format(2.5, "%"))
try:
    format("x", "d")
except ValueError as e:
    print("caught:", e)
for name, price in prices.items():
    print(f"{name}: {price:.2f}")
print("never printed")
