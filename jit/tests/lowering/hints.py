# lower: pixels, hashes
# Feedback beyond the specialised instruction: a float divided by a global that holds an int
# converts it (no float guard that would exit and widen), and an int site whose fast path
# overflowed in the interpreter compiles generic (no overflow exit that would recompile).
WIDTH = 8


def pixels(n):
    s = 0.0
    for i in range(n):
        s += (i + 0.5) / WIDTH
    return s


def hashes(n):
    h = 0
    for i in range(n):
        h = (h * 1000003 ^ i) & 0xFFFFFFFFFFFF
    return h


for _ in range(20):
    pixels(50)
    hashes(50)
