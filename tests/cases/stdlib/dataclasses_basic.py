from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1), p == Point(1, 2), p != Point(1, 3))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 'a'}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)

    def __post_init__(self):
        self.count = len(self.items)

a = Inventory('a', [1, 2])
b = Inventory('b')
b.items.append(3)
print(a, b, Inventory('a').items is Inventory('a').items, a.count)
print(Inventory('x', [1], secret='p') == Inventory('x', [1], secret='q'))
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    a: int
    b: str = 'b'

@dataclass
class Child(Base):
    c: float = 1.5

print(Child(1), Child(1, 'x', 2.0), [f.name for f in fields(Child)], is_dataclass(Child), is_dataclass(1))

@dataclass
class Nested:
    p: Point
    ps: list

n = Nested(Point(1, 2), [Point(3, 4)])
print(asdict(n), astuple(n))
print(Point.__eq__ is not object.__eq__, Point.__hash__, Point.__match_args__)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1))

@dataclass
class WithRepr:
    v: int
    def __repr__(self):
        return "custom"
print(WithRepr(1))
print(type(dataclasses.MISSING).__name__)
