# An uncaught TypeError from a class pattern, with its traceback.
class Vec:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def describe(v):
    match v:
        case Vec(x, y):
            return f"{x} {y}"
        case _:
            return "other"


print(describe(3))
print(describe(Vec(1)))
