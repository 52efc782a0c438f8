print([[j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i)} for i in range(3)})
print([x for sub in [[1, 2], [3], []] for x in sub if x != 2])
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
print(sum(1 for i in range(5) for j in range(i)))
pairs = [(a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 12]
print(pairs)
transpose = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transpose)
