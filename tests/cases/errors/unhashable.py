# Uncaught TypeError: unhashable type
cache = {}
key = ["a", "b"]
cache[tuple(key)] = 1
print(cache)
cache[key] = 2
