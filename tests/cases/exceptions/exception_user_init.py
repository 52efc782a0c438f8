# args of exceptions whose classes define __init__, repr/str, reduce, with_traceback
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
class CallsSuper(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class CustomStr(Exception):
    def __str__(self):
        return 'custom: ' + super().__str__()
class CustomRepr(ValueError):
    def __repr__(self):
        return 'CR!'
n = NoSuper(1, 2)
print(n.args, n.total, str(n), repr(n))
c = CallsSuper('failed', 7)
print(c.args, str(c), repr(c), c.code)
print(str(CustomStr('x', 'y')), repr(CustomStr('x')), str(CustomRepr('v')), repr(CustomRepr('v')))
print(repr(ValueError()), repr(ValueError(1)), repr(ValueError(1, 'two')), str(ValueError(1, 'two')))
print(Exception('a', 1).__reduce__(), KeyError('k').__reduce__())
x = ValueError('v')
x.extra = 5
print(x.__reduce__(), x.__dict__)
y = ValueError('w')
y.__setstate__({'note': 'restored'})
print(y.note)
x.args = ['list', 'becomes', 'tuple']
print(x.args, str(x))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: Exception().with_traceback(5))
t(lambda: BaseException.__str__(5))
t(lambda: NoSuper(1))
t(lambda: CallsSuper('m', 1, extra=2))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(e.with_traceback(None) is e, e.__traceback__, tb is not None)
    print(e.with_traceback(tb).__traceback__ is tb)
class Wrapped(OSError):
    def __init__(self, *a):
        super().__init__(*a)
w = Wrapped(2, 'not found', 'f.txt')
print(type(w).__name__, w.errno, w.filename, w.args, str(w))
class Plain(OSError):
    pass
p = Plain(2, 'not found', 'f.txt')
print(type(p).__name__, p.errno, p.args, str(p))
t(lambda: Plain(2, x=1))
