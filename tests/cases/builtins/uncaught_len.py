# Uncaught TypeError from len() of an int
values = [[1, 2], "abc", (1,), 42]
for v in values:
    print(repr(v), len(v))
