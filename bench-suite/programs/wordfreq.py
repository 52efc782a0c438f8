"""Word frequencies: generate deterministic text with a linear congruential
generator, then tokenize and count words with str methods (split, strip,
lower, isalpha, join) and dicts, and finally rank words with sorted() by key.

Size parameter: number of text blocks of WORDS_PER_BLOCK words (work is linear
in it). Per-iteration timings (one block generated and counted) go to stderr
when HERON_BENCH_ITER_TIMES=1.
"""
import sys
import time

WORDS_PER_BLOCK = 5000
SYLLABLES = [
    "ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "an", "el",
    "or", "ium", "qua", "zen", "bri", "tho", "ly", "pe", "dra", "gon",
]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        parts = [SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3))]
        word = "".join(parts)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def generate_block(rng, vocabulary):
    """Return one block of text: lines of words with noise in case and punctuation."""
    lines = []
    line = []
    n = len(vocabulary)
    for _ in range(WORDS_PER_BLOCK):
        # Skewed choice: low indices are much more frequent (Zipf-like).
        r = rng.below(n)
        word = vocabulary[(r * r) // n]
        roll = rng.below(20)
        if roll == 0:
            word = word.upper()
        elif roll < 4:
            word = word.capitalize()
        if roll > 16:
            word += PUNCTUATION[rng.below(len(PUNCTUATION))]
        line.append(word)
        if len(line) >= 12 and rng.below(4) == 0:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text, counts):
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(",.;!?").lower()
            if not word or not word.isalpha():
                continue
            counts[word] = counts.get(word, 0) + 1


def main():
    blocks = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    report = iter_times_enabled()
    rng = Lcg(20240611)
    vocabulary = make_vocabulary(rng, 2000)
    counts = {}
    total_chars = 0
    for _ in range(blocks):
        t0 = time.perf_counter()
        text = generate_block(rng, vocabulary)
        total_chars += len(text)
        count_words(text, counts)
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    top = ranked[:10]
    by_length = sorted(counts, key=len, reverse=True)[:3]
    total = sum(counts.values())
    print("top:", ", ".join(f"{w}={c}" for w, c in top))
    print("longest:", " ".join(by_length))
    digest = 0
    for word, count in ranked:
        for ch in word:
            digest = (digest * 131 + ord(ch)) % 2147483647
        digest = (digest * 131 + count) % 2147483647
    print(f"checksum: wordfreq blocks={blocks} words={total} distinct={len(counts)} chars={total_chars} digest={digest}")


main()
