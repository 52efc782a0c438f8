# ZeroDivisionError messages for each operator and type combination
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 0 / 0)
t(lambda: 2 ** 100 / 0)
t(lambda: 2 ** 100 // 0)
t(lambda: 2 ** 100 % 0)
t(lambda: 1 / 0.0)
t(lambda: 1 // 0.0)
t(lambda: 1 % 0.0)
t(lambda: divmod(1, 0.0))
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0))
t(lambda: 1 / False)
t(lambda: True // False)
t(lambda: pow(5, 2, 0))
t(lambda: 0 ** -2)
t(lambda: 0.0 ** -1)
t(lambda: (1 + 0j) / 0)
t(lambda: 1 / 0j)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e.args)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
