# Program-like: feature-flag evaluation with booleans and None
flags = {"dark_mode": True, "beta": False, "limit": None, "retries": 0, "name": ""}
defaults = {"limit": 100, "retries": 3, "name": "anon"}
resolved = {}
for key in sorted(flags):
    value = flags[key]
    if value is None:
        value = defaults.get(key)
    resolved[key] = value
    print(f"{key:10} raw={flags[key]!r:6} resolved={value!r}")
enabled = [k for k, v in sorted(resolved.items()) if v]
print("truthy:", enabled, "count:", sum(bool(v) for v in resolved.values()))
or_defaults = {k: flags[k] or defaults.get(k, flags[k]) for k in sorted(flags)}
print(or_defaults)
votes = [True, False, True, True, None, False, True]
yes = sum(v is True for v in votes)
no = sum(v is False for v in votes)
abstain = votes.count(None)
print(yes, no, abstain, yes > no and abstain < 2, yes * 100 // len(votes))
matrix = [[True, False, True], [False, False, True], [True, True, True]]
print([sum(row) for row in matrix], [all(col) for col in zip(*matrix)], any(map(all, matrix)))
print(True if not [] else False, [1, 0, 2].index(False), [0, 1].index(True))
