# A dataclass-based example: shapes and a small expression evaluator.
from dataclasses import dataclass
import math


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


@dataclass
class Num:
    value: int


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


print(Circle.__match_args__, Rect.__match_args__, BinOp.__match_args__)


def area(shape):
    match shape:
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return 0
        case Circle(r):
            return round(math.pi * r * r, 3)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for s in (Circle(1), Circle(0), Rect(2, 3), Rect(4, 4), Rect(0, 9)):
    print(s, area(s))
try:
    area("triangle")
except TypeError as e:
    print("TypeError:", e)


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(Num(v)):
            return -v
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op}")


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case other:
            return other


tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(evaluate(tree))
print(evaluate(BinOp("*", Num(0), Num(99))))
print(simplify(BinOp("+", Num(0), BinOp("*", Num(1), Neg(Neg(Num(5)))))))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
