# lower: count_words
# Dicts, strings and method calls on built-in objects: the generic path (helpers).
def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


for _ in range(1100):
    count_words("a b a c b a")
