values = [3, 8, 1, 9, 4]
if (m := max(values)) > 5:
    print("max", m)
lines = ["a", "bb", "", "ccc"]
idx = 0
while (line := lines[idx]):
    print(line)
    idx += 1
print("stopped at", idx)
print([(x, sq) for x in range(5) if (sq := x * x) % 2 == 0])
print(sq)
def f(v):
    return (w := v + 1) * w
print(f(3))
print(w := 7, w)
