# float subclasses and float's methods called explicitly
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
class Plain(float):
    pass
m = Meters(2.5)
p = Plain('1.25')
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, 1 + m, m * 2, m / 2, 10 / m, m // 1, m % 1, m ** 2, 2 ** m, -m, abs(Meters(-1.5)))
print(p, type(p).__name__, p == 1.25, p < 2, hash(p) == hash(1.25), bool(Plain(0)), round(p, 1), round(p), int(p), divmod(p, 0.5), float(p), type(float(p)).__name__)
print(p.is_integer(), p.as_integer_ratio(), p.hex(), Plain.fromhex('0x1.8p1'), type(Plain.fromhex('0x1p0')).__name__, p.conjugate(), p.real, p.imag)
print(f"{p:.3f}", format(p, '>8'), f"{m}", '%.2f' % p, [p], (m,))
print(float.__add__(1.5, 2), float.__add__(1.5, 'x'), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__rtruediv__(2.0, 1), float.__rpow__(2.0, 3), float.__rmod__(2.0, 7))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__lt__(1.0, 'a'), float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7.5), float.__floordiv__(7.0, 2))
print((2.5).__round__(), (2.5).__round__(None), (2.567).__round__(2), (-0.5).__round__(), (3.7).__trunc__(), (-3.7).__floor__(), (-3.2).__ceil__(), (3.9).__int__(), (1.5).__float__())
print(float.__getformat__('double'), (1.5).__getnewargs__(), (0.0).__bool__(), (-2.0).__abs__(), (2.0).__neg__(), (2.0).__pos__(), (1.5).__hash__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: float.hex(5))
t(lambda: float.fromhex(5))
t(lambda: float.__add__(1, 2))
t(lambda: (1.5).__pow__(2, 3))
t(lambda: float.__getformat__('x'))
t(lambda: float(1, 2))
t(lambda: float(x=1))
t(lambda: float.__new__(int))
t(lambda: Plain('abc'))
t(lambda: float('inf').__trunc__())
t(lambda: float('nan').__floor__())
t(lambda: (1.5).__round__(1.5))
t(lambda: (1.5).hex(1))
