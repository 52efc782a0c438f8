# Uncaught IndexError on string indexing
word = "heron"
print(word[-1], word[-5], word[1:100], word[10:], repr(word[5:]))
for i in range(-len(word), 0):
    print(i, word[i], end="; ")
print()
try:
    word[-6]
except IndexError as e:
    print("caught:", e)
for i in range(len(word) + 1):
    print(i, word[i])
