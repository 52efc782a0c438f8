# add_note() and how notes are printed with an uncaught exception
# heron: stderr=full
e = ValueError('primary')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e))
def t(f):
    try:
        print(repr(f()))
    except Exception as err:
        print(type(err).__name__ + ":", err)
t(lambda: e.add_note(42))
e2 = KeyError('k')
e2.__notes__ = 'not a list'
t(lambda: e2.add_note('x'))
try:
    try:
        raise TypeError('inner')
    except TypeError as inner:
        inner.add_note('while parsing line 3')
        raise
except TypeError as caught:
    print(caught.__notes__)
def fail():
    err = RuntimeError('giving up')
    err.add_note('retried 3 times')
    err.add_note('last error: timeout')
    raise err
print('before')
fail()
