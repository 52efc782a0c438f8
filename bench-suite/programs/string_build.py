"""String building and manipulation: str.join, f-strings with format specs,
%-formatting, slicing (with steps), concatenation, replace, split, find,
startswith, upper/lower, ord/chr, str(int) and int(str), repr of strings.

Size parameter: number of rounds (work is linear in it).
"""
import sys

ROWS_PER_ROUND = 200


def make_row(i):
    name = "item" + str(i)
    price = (i * 37 % 1000) / 8
    return f"{i:05d}|{name:<10}|{price:>9.3f}|{i % 7:x}|{'yes' if i & 1 else 'no'}"


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def one_round(r):
    rows = [make_row(r * ROWS_PER_ROUND + i) for i in range(ROWS_PER_ROUND)]
    table = "\n".join(rows)
    acc = len(table)
    # Parse the table back.
    total_price = 0.0
    yes = 0
    for line in table.split("\n"):
        fields = line.split("|")
        total_price += float(fields[2])
        if fields[4] == "yes":
            yes += 1
        acc += int(fields[0]) % 13 + int(fields[3], 16)
    # Slicing and searching.
    reversed_table = table[::-1]
    acc += reversed_table.find("meti") + table.count("item1")
    acc += len(table[10:-10:3]) + table.rfind("|")
    # Repeated concatenation (the classic += pattern).
    s = ""
    for i in range(300):
        s += chr(97 + i % 26)
        if i % 50 == 49:
            s += "-"
    acc += len(s) + s.index("-")
    # Transformations.
    shifted = caesar(s, r % 26)
    acc += sum(ord(c) for c in shifted[:64])
    upper = shifted.upper().replace("-", "_")
    acc += upper.count("_") + (1 if upper.startswith(shifted[:3].upper()) else 0)
    words = s.split("-")
    acc += len(" ".join(w.capitalize() for w in words if w))
    acc += len("%s=%d (%.2f%%)" % ("ratio", r, yes * 100.0 / ROWS_PER_ROUND))
    acc += len(repr(s[:20] + "'\"\n"))
    return acc, total_price


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3200
    acc_total = 0
    price_total = 0.0
    for r in range(rounds):
        acc, price = one_round(r)
        acc_total = (acc_total * 31 + acc) % 1000000007
        price_total += price
    print(make_row(rounds))
    print(f"price total: {price_total:.3f}")
    print(f"checksum: string_build rounds={rounds} acc={acc_total} price={price_total!r}")


main()
