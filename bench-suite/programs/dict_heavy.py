"""Dictionary-heavy work: insertion, lookup, update, deletion, membership,
get/setdefault/pop/items/keys/values, dicts keyed by str, int and tuple,
nested dicts, dict comprehensions and iteration order.

Size parameter: number of rounds (work is linear in it).
"""
import sys

KEYS_PER_ROUND = 3000


def lcg(seed):
    while True:
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        yield seed


def one_round(r, rng):
    table = {}
    for i in range(KEYS_PER_ROUND):
        key = next(rng) % (KEYS_PER_ROUND * 2)
        table[key] = table.get(key, 0) + i
    hits = 0
    for probe in range(KEYS_PER_ROUND * 2):
        if probe in table:
            hits += 1
    removed = 0
    for key in list(table.keys()):
        if key % 3 == r % 3:
            del table[key]
            removed += 1

    # String keys, setdefault for grouping, pop with default.
    groups = {}
    for key, value in table.items():
        name = "k" + str(key % 64)
        groups.setdefault(name, []).append(value)
    sizes = {name: len(values) for name, values in groups.items()}
    popped = sizes.pop("k0", -1) + sizes.pop("missing", -1)

    # Tuple keys: a sparse grid.
    grid = {}
    for i in range(40):
        for j in range(40):
            if (i * j + r) % 7 < 3:
                grid[(i, j)] = i - j
    neighbours = 0
    for (i, j) in grid:
        for di, dj in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            if (i + di, j + dj) in grid:
                neighbours += 1

    # Nested dicts and updates.
    nested = {}
    for i in range(200):
        inner = nested.setdefault(i % 10, {})
        inner[i] = i * i
    merged = {}
    for inner in nested.values():
        merged.update(inner)
    inverted = {v: k for k, v in merged.items()}

    checksum = hits + removed * 3 + popped + neighbours + len(inverted)
    checksum += sum(sizes.values()) + sum(grid.values())
    # Insertion order is part of the language: fold the first few keys in order.
    for k in list(groups)[:5]:
        checksum = checksum * 7 + len(k)
    return checksum


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    rng = lcg(12345)
    total = 0
    for r in range(rounds):
        total = (total * 1000003 + one_round(r, rng)) % 2147483647
    print(f"checksum: dict_heavy rounds={rounds} total={total}")


main()
