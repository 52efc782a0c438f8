# Uncaught TypeError comparing None with int
scores = {"ann": 12, "bob": None, "cy": 7}
best = 0
for name in sorted(scores):
    print("checking", name)
    if scores[name] > best:
        best = scores[name]
print(best)
