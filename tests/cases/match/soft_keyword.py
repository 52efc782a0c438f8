# `match` and `case` stay usable as ordinary names.
match = [1, 2]
case = {"k": "v"}
print(match, case)
match[0] = 5
print(match)


def match(*args):
    return args


print(match(1, 2))
print(match (3))

_ = "underscore"
case = 1
match case:
    case 1:
        print("case is 1")

# A tuple subject without parentheses.
a, b = 1, "x"
match a, b:
    case (1, "x"):
        print("tuple subject")

match -a, *[b, b]:
    case [-1, "x", "x"]:
        print("starred subject")


class match_case:
    match = "attr"


print(match_case.match)
