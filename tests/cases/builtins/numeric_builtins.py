# abs, round, divmod, pow
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100), abs(float('-inf')))
print(round(2.5), round(3.5), round(-0.5), round(2.567, 2), round(1234, -2), round(5, 1), round(-7.25, 1))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(2, 0.5), pow(0, 0), pow(base=2, exp=5), pow(2, 5, mod=3))
class Num:
    def __abs__(self):
        return 'abs called'
    def __round__(self, n=None):
        return ('round', n)
    def __divmod__(self, other):
        return ('divmod', other)
    def __pow__(self, e, m=None):
        return ('pow', e, m)
    def __rpow__(self, b):
        return ('rpow', b)
n = Num()
print(abs(n), round(n), round(n, 3), divmod(n, 5), pow(n, 2), pow(n, 2, 7), pow(3, n), n ** 4, 2 ** n)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: round('x'))
t(lambda: round(1.5, 'a'))
t(lambda: divmod(1, 'a'))
t(lambda: divmod(1j, 1))
t(lambda: pow('a', 2))
t(lambda: pow(2, 3, 4.0))
t(lambda: pow())
t(lambda: abs(1, 2))
t(lambda: divmod(5))
