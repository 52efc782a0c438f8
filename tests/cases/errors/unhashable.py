# Uncaught TypeError: unhashable type
cache = {}
key = ["a", "b"]
cache[tuple(key)] = 1
cache[frozenset(key)] = 2
cache["".join(key)] = 3
print(len(cache), cache[("a", "b")], cache["ab"])
print(hash(tuple(key)) == hash(("a", "b")))
try:
    {key}
except TypeError as e:
    print("caught:", e)
cache[key] = 4
