# int(), float(), complex() and operator.index through __int__, __index__, __trunc__, __float__, __complex__
import math
import operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class N:
    def __int__(self): return 42
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 3 + 4j
print(int(I(5)), int(N()), float(I(5)), float(F()), complex(F()), complex(I(2)), complex(C()), complex(C(), 1))
print(hex(I(255)), oct(I(8)), bin(I(5)), operator.index(I(-3)), [10, 20, 30][I(1)], 'abcdef'[I(1):I(4)], range(10)[I(2)], round(2.567, I(2)))
print((7).to_bytes(I(2), 'big'), int('101', I(2)), math.factorial(I(5)), math.sqrt(I(16)), math.sqrt(F()))
print(int(True), int(-7.9), int(' 0b11 ', 0), int('٣'), int(b'  42\n'), float(b'1e2'), float(bytearray(b'-0.5')), complex('  (3-4j)  '))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadInt:
    def __int__(self): return 'x'
class BadIndex:
    def __index__(self): return 1.5
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1
t(lambda: int(BadInt()))
t(lambda: int(BadIndex()))
t(lambda: pow(2, I(10)))
t(lambda: math.sqrt(BadFloat()))
t(lambda: float(BadFloat()))
t(lambda: float(BadIndex()))
t(lambda: complex(BadComplex()))
t(lambda: operator.index(BadIndex()))
t(lambda: operator.index(2.0))
t(lambda: hex(1.5))
t(lambda: bin('1'))
t(lambda: int(object()))
t(lambda: float(object()))
t(lambda: complex(object()))
t(lambda: int(base=2))
t(lambda: int('1', 2.0))
t(lambda: int('1', 99))
t(lambda: int(5, 10))
t(lambda: int(1, 2, 3))
t(lambda: int(x='10'))
t(lambda: int(b'z', 10))
t(lambda: float(b'z'))
t(lambda: complex('1+2j', 3))
t(lambda: complex(1, 'x'))
t(lambda: complex(1, None))
t(lambda: complex('1__0j'))
t(lambda: complex(x=1))
t(lambda: bool(1, 2))
