# Uncaught TypeError using a list as a dict key
seen = {}
for pair in [(1, 2), [3, 4]]:
    seen[pair] = True
    print(len(seen))
