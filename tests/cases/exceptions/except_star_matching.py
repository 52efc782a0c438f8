# except* matching: handlers run once per matching part; the rest propagates.
def show(label, eg):
    print(label, repr(eg))


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e)
except* TypeError as e:
    show("T", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        show("V", e)
    except* (OSError, IndexError) as e:
        show("O", e)
except ExceptionGroup as rest:
    show("rest", rest)

try:
    raise ValueError("naked")
except* ValueError as e:
    show("wrapped", e)
    print(type(e.exceptions[0]).__name__, e.exceptions[0].args)

try:
    try:
        raise KeyError("naked, unmatched")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("plain propagate", repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* TypeError:
    print("not reached")
except* ValueError:
    print("second handler")
else:
    print("no else")

try:
    pass
except* ValueError:
    print("not reached")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [ValueError(2), TypeError(3)])])
except* ValueError as e:
    show("nested V", e)
except* TypeError as e:
    show("nested T", e)


def handler_no_name():
    try:
        raise ExceptionGroup("eg", [ZeroDivisionError()])
    except* ArithmeticError:
        print("arith")
    return "ok"


print(handler_no_name())
for bad in [ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 3)]:
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError", e)
