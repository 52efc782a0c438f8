print({x: x * x for x in range(5)})
words = ["one", "two", "three"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
d = {str(i): [i] * i for i in range(4)}
print(d)
