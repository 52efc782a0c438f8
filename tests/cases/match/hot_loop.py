# match inside functions and loops that run hot (compiled by the JIT).
from dataclasses import dataclass


@dataclass
class Op:
    kind: str
    arg: int


def step(state, cmd):
    match cmd:
        case Op("add", n):
            return state + n
        case Op("mul", n) if n != 0:
            return state * n
        case Op(kind="reset"):
            return 0
        case [a, b]:
            return state + a - b
        case {"set": v}:
            return v
        case int(x) | float(x):
            return state + x
        case None:
            return state
        case _:
            return -1


def run(n):
    state = 0
    cmds = [Op("add", 3), Op("mul", 2), [5, 1], {"set": 7}, 1, 2.0, None, Op("reset", 0),
            Op("mul", 0), "junk"]
    total = 0
    for i in range(n):
        state = step(state, cmds[i % len(cmds)])
        total += state
    return total, state


print(run(3000))


def count_shapes(items):
    counts = {"empty": 0, "pair": 0, "long": 0, "map": 0, "other": 0}
    for it in items:
        match it:
            case []:
                counts["empty"] += 1
            case [_, _]:
                counts["pair"] += 1
            case [_, _, *rest] if len(rest) > 1:
                counts["long"] += 1
            case {"k": _, **rest}:
                counts["map"] += 1
            case _:
                counts["other"] += 1
    return counts


items = [[], [1, 2], [1, 2, 3, 4], {"k": 1, "z": 2}, (1,), "str", 5] * 500
print(count_shapes(items))


def fizz(i):
    match (i % 3, i % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return i


out = [fizz(i) for i in range(1, 2501)]
print(out[:15], out.count("FizzBuzz"), out.count("Fizz"), out.count("Buzz"))


# Errors raised from a hot match are caught correctly.
class Bad:
    __match_args__ = "x"


def risky(v):
    match v:
        case Bad(x):
            return x
        case _:
            return "fine"


errors = 0
for i in range(2500):
    try:
        risky(Bad() if i % 100 == 0 else i)
    except TypeError:
        errors += 1
print("errors", errors)
