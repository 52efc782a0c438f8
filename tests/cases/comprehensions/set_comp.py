s = {x % 4 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x for x in range(5) if x > 10})
print(sorted({c for c in "mississippi"}))
print({n * n for n in (1, 2, 3)} == {1, 4, 9})
