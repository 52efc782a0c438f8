# Uncaught IndexError on string indexing
word = "heron"
for i in range(len(word) + 1):
    print(i, word[i])
