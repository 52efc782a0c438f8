try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def handler():
    try:
        raise OSError("inner")
    finally:
        pass
try:
    try:
        1 / 0
    except ZeroDivisionError:
        handler()
except OSError as e:
    print(repr(e), type(e.__context__).__name__)
try:
    raise TypeError("alone")
except TypeError as e:
    print(e.__context__)
