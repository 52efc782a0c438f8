# Uncaught ValueError from max() of an empty sequence
groups = {"a": [3, 9, 4], "b": [7], "c": []}
for name in sorted(groups):
    print(name, max(groups[name]))
