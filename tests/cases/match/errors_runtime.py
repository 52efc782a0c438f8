# TypeErrors and ValueErrors raised while matching, caught.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class Prop:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise KeyError("from property")


class AttrProp:
    @property
    def gone(self):
        raise AttributeError("gone")


def t1():
    match NoArgs():
        case NoArgs(1):
            return "no"


def t2():
    match 5:
        case int(1, 2):
            return "no"


def t3():
    match ListArgs():
        case ListArgs(x):
            return "no"


def t4():
    match IntArgs():
        case IntArgs(x):
            return "no"


def t5():
    match Two():
        case Two(x, a=1):
            return "no"


def t6():
    import types
    ns = types.SimpleNamespace(f=len)
    match 1:
        case ns.f():
            return "no"


def t7():
    match Prop():
        case Prop(x):
            return x


def t8():
    match AttrProp():
        case AttrProp(gone=g):
            return g
        case _:
            return "AttributeError means no match"


def t9():
    match {"a": 1}:
        case {"a": 1, **rest} if rest.missing:
            return "no"


def t10():
    match NoArgs():
        case NoArgs(a, b):
            return "no"


def t11():
    match 1:
        case bool(x, y):
            return "no"


def t12():
    match "x":
        case int(x):
            return "no"
        case str(x, y):
            return "no"


def t13():
    # The class check only happens when the pattern is tried.
    match 1:
        case 1:
            return "first case matched; second never evaluated"
        case NoArgs(1, 2, 3):
            return "no"


for i, t in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13], 1):
    attempt(f"t{i}", t)
