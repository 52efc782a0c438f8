# Capture patterns, the wildcard, and which names stay bound.
def f(v):
    match v:
        case [x, 1]:
            return ("list ending in 1", x)
        case x if isinstance(x, int) and x > 5:
            return ("big int", x)
        case _:
            return ("fallback", v)


for v in ([3, 1], [3, 2], 9, 2, "s"):
    print(f(v))

# A capture in a case whose guard fails stays bound.
match 5:
    case y if y > 10:
        print("no")
    case _:
        print("y is still", y)

# The wildcard binds nothing.
match 7:
    case _:
        pass
try:
    _
except NameError as e:
    print("NameError:", e)

# Names bound by the matching case are visible after the statement.
match (1, 2, 3):
    case (a, b, c):
        pass
print(a, b, c)

# Subject evaluated once.
def subject():
    print("subject evaluated")
    return [1, 2]


match subject():
    case [1]:
        print("one")
    case [1, 2, 3]:
        print("three")
    case [p, q]:
        print("two:", p, q)

# No case matches: nothing happens.
match 3:
    case 1:
        print("no")
    case 2:
        print("no")
print("after no match")

# Case with only a wildcard.
match object():
    case _:
        print("only wildcard")

# A capture as the sole case.
match "whole":
    case whole:
        print("captured", whole)
