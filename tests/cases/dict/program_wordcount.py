# Program-like: word frequency, bigrams and an inverted index with dicts
docs = {
    'd1': 'the quick brown fox jumps over the lazy dog',
    'd2': 'the dog barks and the fox runs',
    'd3': 'a quick brown dog and a lazy fox',
}
freq = {}
index = {}
bigrams = {}
for doc_id, text in docs.items():
    words = text.split()
    for pos, w in enumerate(words):
        freq[w] = freq.get(w, 0) + 1
        index.setdefault(w, {}).setdefault(doc_id, []).append(pos)
    for pair in zip(words, words[1:]):
        bigrams[pair] = bigrams.get(pair, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print('top words:', top[:6])
print('hapax:', sorted(w for w, n in freq.items() if n == 1))
print('index fox:', index['fox'])
print('index dog:', index['dog'])
common = [w for w in index if len(index[w]) == len(docs)]
print('in every doc:', common)
print('top bigrams:', sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
def search(query):
    sets = [set(index.get(w, {})) for w in query.split()]
    return sorted(set.intersection(*sets)) if sets else []
print(search('quick fox'), search('dog barks'), search('cat'), search('the'))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
first_letter = {}
for w in sorted(freq):
    first_letter.setdefault(w[0], 0)
    first_letter[w[0]] += freq[w]
print(first_letter)
print(len(freq), sum(freq.values()), max(freq.values()), list(freq)[:5])
