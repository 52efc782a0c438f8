# Uncaught ValueError from float()
print(float("nan") != float("nan"), float("-Infinity"), float("1e-3"), float(" 2 "))
try:
    float("1,5")
except ValueError as e:
    print("caught:", e)
readings = "3.5 4.25 -1e3 inf 1_000.5 .5 abc 7"
values = []
for tok in readings.split():
    v = float(tok)
    values.append(v)
    print(f"{tok:>8} -> {v!r:>8} doubled {v * 2!r}")
print("never printed", values)
