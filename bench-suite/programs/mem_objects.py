"""Memory: many small objects alive at once (instances with and without __slots__, tuples,
small lists in a dict), then freed and rebuilt. The runner's peak RSS column is the figure
of interest; time is secondary.

Size parameter: thousands of records kept alive at the peak.
"""
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def build(n):
    points = [Point(i, i * 2) for i in range(n)]
    slots = [SlotPoint(i, -i) for i in range(n)]
    pairs = [(i, str(i)) for i in range(n)]
    index = {i: [i, i + 1] for i in range(0, n, 2)}
    return points, slots, pairs, index


def digest(points, slots, pairs, index):
    h = 0
    for p in points[::97]:
        h = (h * 31 + p.x + p.y) & 0xFFFFFFFF
    for s in slots[::89]:
        h = (h * 31 + s.x - s.y) & 0xFFFFFFFF
    for k, v in pairs[::83]:
        h = (h * 31 + k + len(v)) & 0xFFFFFFFF
    return (h + sum(len(v) for v in index.values())) & 0xFFFFFFFF


def main():
    n = (int(sys.argv[1]) if len(sys.argv) > 1 else 200) * 1000
    total = 0
    for round_no in range(3):
        data = build(n)
        total = (total * 7 + digest(*data)) & 0xFFFFFFFF
        del data
    print(f"checksum: mem_objects records={n} digest={total}")


main()
