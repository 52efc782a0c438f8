# int subclasses go through the dunder protocol: results, reflection, methods, constructors
class MyInt(int):
    pass
class Tagged(int):
    def __new__(cls, v, tag='t'):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
    def __repr__(self):
        return f"Tagged({int(self)}, {self.tag!r})"
    def __add__(self, other):
        return Tagged(int(self) + int(other), self.tag + '+')
a = MyInt(7)
print(a, repr(a), type(a).__name__, a + 1, type(a + 1).__name__, 1 + a, a * a, a - 10, 10 - a, a // 2, a % 4, a ** 2, -a, +a, ~a, abs(MyInt(-3)))
print(a == 7, a != 7, a < 8, a >= 7.5, 7.0 == a, hash(a) == hash(7), bool(MyInt(0)), a & 3, 3 | a, a ^ 1, a << 2, a >> 1, a / 2)
print(divmod(a, 3), divmod(20, a), pow(a, 2, 5), round(MyInt(1234), -2), int(a), float(a), str(a), f"{a:04d}", format(a, 'x'))
print(isinstance(a, int), a.bit_length(), a.to_bytes(2, 'big'), MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
print([1, 2, 3, 4, 5, 6, 7, 8][a], 'abcdefgh'[MyInt(2):MyInt(5)], list(range(MyInt(3))), {a: 'x'}[7], type(int(a)).__name__)
t = Tagged(5, 'q')
print(t, t + 1, t + t, 1 + t, type(1 + t).__name__, t.tag, t * 2, vars(t))
a.extra = 'attr'
print(a.extra, MyInt('0x1f', 16), MyInt(' 42 '), MyInt(3.9), MyInt(), type(MyInt()).__name__)
print(int.__add__(3, 4), int.__add__(3, 4.0), int.__radd__(3, 4), int.__sub__(10, True), int.__rsub__(10, 3), int.__pow__(2, 10, 1000), int.__rpow__(2, 10, 1000))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__divmod__(7, 2), int.__rdivmod__(7, 2), int.__truediv__(1, 4), int.__rtruediv__(1, 4))
class Rev(int):
    def __radd__(self, other):
        return 'Rev.__radd__'
    def __rsub__(self, other):
        return NotImplemented
print(1 + Rev(2), Rev(2) + 1, 1 - Rev(2), sum([MyInt(1), MyInt(2)]), max(MyInt(3), 2), sorted([MyInt(3), 1, MyInt(2)]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int.__add__('a', 1))
t(lambda: int.__add__())
t(lambda: (5).__add__())
t(lambda: (5).__pow__())
t(lambda: (5).__pow__(1, 2, 3))
t(lambda: int.bit_length('x'))
t(lambda: (5).bit_length(1))
t(lambda: int.__new__(float))
t(lambda: int.__new__(bool, 5))
t(lambda: MyInt('x'))
