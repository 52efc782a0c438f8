# Uncaught KeyError with an int key
counts = {1: "one", 2: "two"}
for k in (1, 2, 3):
    print(counts[k])
