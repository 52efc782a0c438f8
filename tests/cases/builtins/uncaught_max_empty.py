# Uncaught ValueError from max() of an empty sequence
groups = {"a": [3, 9, 4], "b": [7], "c": [], "d": [1]}
for name in sorted(groups):
    print(name, max(groups[name], default=None), min(groups[name], default="-"))
print(max(groups, key=lambda k: len(groups[k])), min(groups.values(), key=len))
try:
    min(())
except ValueError as e:
    print("caught:", e)
for name in sorted(groups):
    print(name, max(groups[name]))
print("never printed")
