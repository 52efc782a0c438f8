# Program-like: text statistics report
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
lines = text.splitlines()
words = [w.strip('.,;:!?').lower() for w in text.split()]
print("lines:", len(lines), "words:", len(words), "chars:", len(text))
print("non-space chars:", sum(1 for c in text if not c.isspace()), "commas:", text.count(','))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {n:3} {'#' * n}")
print("unique:", len(freq), "longest:", max(words, key=len), "avg len: %.3f" % (sum(map(len, words)) / len(words)))
letters = sorted(c for c in text.lower() if c.isalpha())
hist = {}
for c in letters:
    hist[c] = hist.get(c, 0) + 1
print(''.join(f"{c}{n}" for c, n in sorted(hist.items())))
caps = [w for w in text.replace(',', ' ').split() if w[0].isupper()]
print("capitalised:", caps)
for i, line in enumerate(lines, 1):
    print(f"{i:02d}| {line[:30]:<30} |{len(line):>4}|{line.count('it was'):>2}")
acr = ''.join(w[0].upper() for w in lines[0].split()[:6])
print("acronym:", acr, "title:", lines[0].title()[:26], "swap:", lines[3][:14].swapcase())
vowels = sum(text.lower().count(v) for v in 'aeiou')
print("vowels:", vowels, "ratio: {:.2%}".format(vowels / len(letters)))
