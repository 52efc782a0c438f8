class ConfigError(Exception):
    pass
def load():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing config") from e
try:
    load()
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise RuntimeError("x") from TypeError("y")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
