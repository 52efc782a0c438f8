# Literal patterns: numbers, strings, bytes, negative and complex literals, singletons.
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 3j:
            return "3j"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case "hello" "world":
            return "concatenated"
        case "":
            return "empty str"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10_000:
            return "ten thousand"
        case 0x10:
            return "sixteen"
        case 123456789012345678901234567890:
            return "big"
        case _:
            return "other"


values = [0, 0.0, -1, -1.0, 2.5, -0.5, 3j, 1 + 2j, -1 - 2j, "helloworld", "", b"raw",
          None, True, False, 1, 10000, 16, 16.0, 123456789012345678901234567890,
          "raw", bytearray(b"raw"), [], 7]
for v in values:
    print(repr(v), "->", classify(v))

# True/False/None are compared by identity, numbers by equality.
for v in (1, 1.0, True, 0, False):
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case False:
            print(repr(v), "is False")
        case 0:
            print(repr(v), "== 0")


class Weird:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return other == 42


match Weird():
    case 41:
        print("41?")
    case 42:
        print("matched 42 via __eq__")
