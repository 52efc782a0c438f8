# OR patterns, AS patterns and guards.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case {"a": x, "b": y} | {"c": y, "d": x}:
            return f"map x={x} y={y}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case [int() as a, str() as b] | [str() as b, int() as a]:
            return f"int {a} and str {b}"
        case ([*_] | (_,)) as whole:
            return f"some sequence {whole}"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for v in (2, [5, 0], [0, 6], {"a": 1, "b": 2}, {"c": 3, "d": 4}, -2, -1.5, 4,
          [1, "x"], ["y", 2], [1, 2, 3], "s", b"b", None):
    print(repr(v), "->", f(v))

# Guards are evaluated after the captures are bound, in order.
log = []


def check(tag, result):
    log.append(tag)
    return result


match [1, 2]:
    case [a, b] if check("first", a > b):
        print("first")
    case [a, b] if check("second", a < b):
        print("second", a, b)
    case _ if check("third", True):
        print("third")
print(log)

# A guard on the last wildcard.
for v in (0, 1):
    match v:
        case 5:
            print("five")
        case _ if v:
            print("truthy default", v)
    print("done", v)

# Walrus in a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# AS patterns nested.
match [[1, 2], 3]:
    case [[_, _] as inner, _] as outer:
        print(inner, outer)

# Nested OR inside sequence with different capture order.
match (2, "k"):
    case (1, x) | (2, x) as t:
        print("x =", x, "t =", t)
