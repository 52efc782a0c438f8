# Uncaught TypeError from len() of an int
values = [[1, 2], "abc", (1,), {"k": 1}, {1, 2, 3}, range(4), b"xy", 42]
for v in values[:-1]:
    print(type(v).__name__, len(v), bool(v))
print(len(str(values[-1])), hasattr(values[-1], "__len__"))
try:
    len(3.5)
except TypeError as e:
    print("caught:", e)
for v in values:
    print(repr(v), len(v))
print("never printed")
