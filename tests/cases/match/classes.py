# Class patterns: __match_args__, keyword attributes, the self-matching builtins.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point3(x, y, z=z) if z > 0:
            return f"above: {x} {y} {z}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in (Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(4, 0), Point3(1, 2, 3),
          Point3(1, 2, -3), Point(1, 1), (0, 0)):
    print(where(p))

# The eleven builtins whose single positional sub-pattern matches the subject itself.
samples = [True, bytearray(b"ba"), b"by", {"d": 1}, 1.5, frozenset({1}), 7, [1], {2}, "s", (1,)]
for v in samples:
    match v:
        case bool(x):
            print("bool", x)
        case bytearray(x):
            print("bytearray", x)
        case bytes(x):
            print("bytes", x)
        case dict(x):
            print("dict", x)
        case float(x):
            print("float", x)
        case frozenset(x):
            print("frozenset", x)
        case int(x):
            print("int", x)
        case list(x):
            print("list", x)
        case set(x):
            print("set", x)
        case str(x):
            print("str", x)
        case tuple(x):
            print("tuple", x)


# Subclasses of those builtins keep the behaviour unless they set __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real", "imag")


match MyInt(5):
    case MyInt(v):
        print("MyInt self", v, type(v).__name__)

match Celsius(21.5):
    case Celsius(r, i):
        print("Celsius via match_args", r, i)

# Keyword patterns on builtins.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)

match "text":
    case str(upper=u):
        print("bound method attribute", u())

# Missing attributes make the pattern fail (AttributeError is swallowed).
class Empty:
    pass


match Empty():
    case Empty(missing=1):
        print("no")
    case Empty():
        print("attribute missing -> next case")


# __match_args__ can be shorter than the attributes.
class Pair:
    __match_args__ = ("left",)

    def __init__(self):
        self.left = "L"
        self.right = "R"


match Pair():
    case Pair(l, right=r):
        print("pair", l, r)


# isinstance honours __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class AnyInt(metaclass=Meta):
    pass


match 12:
    case AnyInt():
        print("12 is an AnyInt")

# Class pattern with a dotted class name.
import collections

match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("OrderedDict matched")
