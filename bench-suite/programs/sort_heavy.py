"""Sorting: list.sort() and sorted() on ints, floats, strings and tuples,
with key functions (lambda, len, str.lower, tuple-building keys), reverse=True,
stability on equal keys, min/max with key, and a hand-written merge sort.

Size parameter: number of rounds (work is linear in it).
"""
import sys

ITEMS_PER_ROUND = 2000


class Record:
    def __init__(self, ident, name, score, group):
        self.ident = ident
        self.name = name
        self.score = score
        self.group = group


def random_ints(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        out.append(seed >> 12)
    return out, seed


def merge_sort(items):
    if len(items) <= 16:
        # Insertion sort for short runs.
        result = list(items)
        for i in range(1, len(result)):
            v = result[i]
            j = i - 1
            while j >= 0 and result[j] > v:
                result[j + 1] = result[j]
                j -= 1
            result[j + 1] = v
        return result
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def one_round(seed):
    ints, seed = random_ints(seed, ITEMS_PER_ROUND)
    acc = 0
    a = sorted(ints)
    b = merge_sort(ints[: ITEMS_PER_ROUND // 4])
    acc += a[0] + a[-1] + b[len(b) // 2]
    floats = [x / 7.0 for x in ints]
    floats.sort(reverse=True)
    acc += int(floats[0] - floats[-1])
    words = ["W" + str(x % 1000) if x & 1 else "w" + str(x % 977) for x in ints]
    by_lower = sorted(words, key=str.lower)
    by_len = sorted(words, key=len, reverse=True)
    acc += len(by_lower[0]) + len(by_len[-1]) + ord(by_lower[-1][1])
    pairs = [(x % 100, i) for i, x in enumerate(ints)]
    pairs.sort()
    acc += pairs[0][1] + pairs[-1][1]
    records = [Record(i, words[i], ints[i] % 1000, ints[i] % 17) for i in range(ITEMS_PER_ROUND)]
    records.sort(key=lambda rec: rec.score)
    # Stable: equal scores keep increasing ident order.
    stable = all(
        records[i].ident < records[i + 1].ident
        for i in range(len(records) - 1)
        if records[i].score == records[i + 1].score
    )
    acc += 1 if stable else 0
    records.sort(key=lambda rec: (rec.group, -rec.score, rec.name))
    acc += records[0].ident + records[-1].ident
    best = max(records, key=lambda rec: rec.score * 31 + rec.group)
    worst = min(records, key=lambda rec: (rec.score, rec.ident))
    acc += best.ident + worst.ident
    return acc, seed


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seed = 42
    total = 0
    for _ in range(rounds):
        acc, seed = one_round(seed)
        total = (total * 1000003 + acc) % 2147483647
    print(f"checksum: sort_heavy rounds={rounds} total={total}")


main()
