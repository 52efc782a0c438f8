try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with non-class only evaluated when needed")
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(e)
