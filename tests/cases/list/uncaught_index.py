# Uncaught IndexError reading past the end of a list
scores = [90, 85, 77]
print(scores[-1], scores[-3], scores[1:10], scores[5:])
scores.append(64)
print(len(scores), scores)
try:
    scores[-5]
except IndexError as e:
    print("caught:", e)
for i in range(5):
    print("score", i, scores[i])
print("never printed")
