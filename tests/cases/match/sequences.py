# Sequence patterns: lists, tuples, stars, nesting; str/bytes/bytearray never match.
import collections
import collections.abc


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first!r} {middle!r} {last!r}"
        case [1, *rest]:
            return f"starts with 1: {rest!r}"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, *_]:
            return "at least two"
        case _:
            return "not a sequence"


values = [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], [5, 6, 7, 8, 9, 10],
          [0, 0, 9], [0, 0, 0], "ab", b"ab", bytearray(b"ab"), "", b"",
          range(2), range(5), collections.deque([1, 5]),
          {1: 2}, {1, 2}, iter([1, 2]), memoryview(b"xy"), 12]
for v in values:
    print(type(v).__name__, seq(v))

# Nested sequences and mixing lists and tuples.
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), (c, [d, e])]:
        print("nested", a, b, c, d, e)

# Star captures are always lists.
match (1, 2, 3, 4):
    case (a, *b, c):
        print(a, b, c, type(b).__name__)

match "abc":
    case [*chars]:
        print("str matched?", chars)
    case str(s):
        print("str is not a sequence pattern subject:", s)


# A registered Sequence matches; a class with __getitem__ alone does not.
class MySeq:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  len called")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


collections.abc.Sequence.register(MySeq)


class NotSeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match MySeq(1, 2, 3):
    case [a, *_, c]:
        print("registered sequence:", a, c)

match NotSeq():
    case [a, b]:
        print("NotSeq matched")
    case _:
        print("NotSeq is not a sequence")


class SubList(list):
    pass


class SubStr(str):
    pass


match SubList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

match SubStr("xy"):
    case [a, b]:
        print("str subclass matched")
    case _:
        print("str subclass is not a sequence")


class DerivedSeq(collections.abc.Sequence):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


match DerivedSeq():
    case [x, y, z]:
        print("abc.Sequence subclass", x, y, z)
