# Uncaught TypeError using a list as a dict key
seen = {}
for pair in [(1, 2), "ab", 3, frozenset({4}), None, (1, (2, 3))]:
    seen[pair] = True
    print(len(seen), repr(pair))
print((1, 2) in seen, "ab" in seen, (1, (2, 3)) in seen)
try:
    seen[{}] = 1
except TypeError as e:
    print("caught:", e)
seen[[3, 4]] = True
print("never printed")
