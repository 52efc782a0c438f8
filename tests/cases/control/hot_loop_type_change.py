# A hot loop whose operand types change part-way: compiled fast paths must deoptimise.
def accumulate(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total
ints = list(range(20000))
print(accumulate(ints))
print(accumulate([0.5] * 20000))
print(accumulate(ints[:10] + [0.25]))
print(accumulate(["a", "b", "c"] * 3 + ["!"]))
print(accumulate([[1], [2], []]))
print(accumulate(ints[:5] + [2**64]))
mixed = [1, 2.5, True, 3]
for _ in range(5000):
    r = accumulate(mixed)
print(r, type(r).__name__)
try:
    accumulate(ints[:100] + ["x"])
except TypeError as e:
    print("TypeError:", e)
