from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}")
print(f"{Color.GREEN:>12}|")
print(list(Color), len(Color))
print(Color(1), Color["RED"], Color.CRIMSON is Color.RED, Color(Color.BLUE))
print(Color.__members__)
print(list(Color.__members__))
print(Color.RED in Color, Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(type(Color.RED), isinstance(Color.RED, Color), type(Color).__name__, repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.CRIMSON], hash(Color.RED) == hash("RED"))
print(list(reversed(Color)))
print([c.name for c in sorted(Color, key=lambda c: -c.value)])


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

    def describe(self):
        return "%s has value %d" % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.SQUARE


print([s.value for s in Shape], Shape.TRIANGLE.describe(), Shape.default())


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))


class Mixed(Enum):
    A = "text"
    B = (1, 2)
    C = None


print(repr(Mixed.A), repr(Mixed.B), repr(Mixed.C), Mixed("text"), Mixed((1, 2)))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Pet = Enum("Pet", [("DOG", 10), ("FISH", 20)])
print(list(Pet))


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
