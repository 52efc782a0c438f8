from enum import Enum, IntEnum, Flag, IntFlag, auto


class N(IntEnum):
    A = 1
    B = 2


print(N.A, repr(N.A), str(N.A), format(N.A), f"{N.B:03d}", N.A + 1, N.A == 1, N(2))
print(N.A < N.B, sorted([N.B, N.A]), isinstance(N.A, int), int(N.B), [1, 2, 3][N.A])
print(hash(N.A) == hash(1), {1: "one"}[N.A])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), rw.value, Perm.R in rw, Perm.X in rw)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(list(Perm), [p.value for p in Perm])
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm(7)))
print(list(rw), len(rw))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


v = IP.R | IP.W
print(v, repr(v), str(v), format(v), v + 1, repr(IP.R | 8), repr(~IP.R), repr(IP(0)))
print(type(v).__name__, isinstance(v, int), v == 6, IP(6) is v, repr(IP.R & 6))


class Sizes(IntEnum):
    SMALL = auto()
    LARGE = auto()


print(list(Sizes), Sizes.LARGE.value)


class S(str, Enum):
    A = "a"
    B = "b"


print(S.A, repr(S.A), S.A == "a", format(S.A), S("b"), S.A.upper())
print(repr(Perm), repr(IP), repr(N))
