# Value patterns: dotted names are looked up and compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Consts:
    ANSWER = 42
    NAME = "heron"

    class Inner:
        DEEP = (1, 2)


def describe(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "the name"
        case Consts.Inner.DEEP:
            return "deep tuple"
        case math.pi:
            return "pi"
        case _:
            return "unknown"


for v in ("red", "blue", 42, 42.0, "heron", (1, 2), [1, 2], math.pi, 3):
    print(repr(v), describe(v))


# Values are read each time the pattern runs.
class Box:
    value = 1


for i in range(3):
    match i:
        case Box.value:
            print(i, "matches Box.value")
        case _:
            print(i, "does not match", Box.value)
    Box.value += 1
