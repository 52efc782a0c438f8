# Uncaught TypeError comparing None with int
scores = {"ann": 12, "bob": None, "cy": 7}
print(sorted(k for k, v in scores.items() if v is None))
print(max(v for v in scores.values() if v is not None))
print(None == 0, None != 0, None is None)
best = 0
for name in sorted(scores):
    print("checking", name, scores[name])
    if scores[name] > best:
        best = scores[name]
print(best)
