# ExceptionGroup / BaseExceptionGroup construction, attributes, str/repr, checks.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))
beg = BaseExceptionGroup("b", [ValueError(2)])
print(type(beg).__name__, isinstance(beg, Exception))
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception), isinstance(beg2, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))

for args in [(), ("m",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]),
             ("m", [ValueError()], 3), ("m", {1: 2})]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)


class MyEG(ExceptionGroup):
    pass


try:
    MyEG("m", [SystemExit()])
except TypeError as e:
    print("TypeError", e)
m = MyEG("mine", [ValueError(3)])
print(type(m).__name__, repr(m), str(m))
d = eg.derive([ValueError(9)])
print(type(d).__name__, repr(d))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(repr(nested))
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg)
try:
    raise eg
except Exception as caught:
    print("as Exception", type(caught).__name__)
