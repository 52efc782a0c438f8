# Uncaught KeyError with an int key
counts = {1: "one", 2: "two"}
print(counts.get(3), 3 in counts, sorted(counts))
print({True: "yes"}[1], counts[1.0])
try:
    counts[0]
except KeyError as e:
    print("caught:", repr(e), e.args[0])
for k in (1, 2, 3):
    print(k, counts[k])
print("never printed")
