from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Color(5))
attempt(lambda: Color("RED"))
attempt(lambda: Color["BLUE"])
attempt(lambda: Color.BLUE)


def reassign():
    Color.RED = 5


attempt(reassign)


def delete():
    del Color.RED


attempt(delete)


def set_name():
    Color.RED.name = "x"


attempt(set_name)


def set_value():
    Color.RED.value = 3


attempt(set_value)
attempt(lambda: Color.RED < Color.GREEN)


def extend():
    class More(Color):
        BLUE = 3


attempt(extend)


def duplicate_key():
    class D(Enum):
        A = 1
        A = 2


attempt(duplicate_key)


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt(not_unique)


class Num(IntEnum):
    ONE = 1


attempt(lambda: Num(2))
attempt(lambda: Num("1"))
Color.extra = "allowed"
print(Color.extra)
