# generator.throw() argument forms, close(), and both through yield from
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def worker():
    try:
        x = yield 'ready'
        print('received', x)
        yield 'waiting'
    except ValueError as e:
        print('worker caught', repr(e))
        yield 'recovered'
    finally:
        print('worker cleanup')
g = worker()
print(next(g), g.send('data'))
t(lambda: g.throw(ValueError))
t(lambda: g.throw(KeyError('k')))
t(lambda: next(g))
for form in [lambda g: g.throw(ValueError, 'as value'), lambda g: g.throw(ValueError, ('a', 'b')), lambda g: g.throw(ValueError, ValueError('inst')), lambda g: g.throw(ValueError('alone'), None)]:
    g = worker()
    next(g)
    t(lambda: form(g))
    g.close()
g = worker()
next(g)
t(lambda: g.throw(5))
t(lambda: g.throw(ValueError('x'), 'y'))
t(lambda: g.throw(ValueError, None, 5))
g.close()
fresh = worker()
t(lambda: fresh.throw(RuntimeError('before start')))
t(lambda: next(fresh))
stubborn_log = []
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        stubborn_log.append('ignoring exit')
        yield 2
s = stubborn()
next(s)
t(s.close)
print(stubborn_log)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_exit()
next(r)
print(r.close(), r.close())
unstarted = worker()
print(unstarted.close(), list(unstarted))
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except KeyError:
        yield 'inner handled KeyError'
    finally:
        print('inner finally')
    return 'inner result'
def outer():
    try:
        result = yield from inner()
        print('outer got', result)
        yield 'o1'
    finally:
        print('outer finally')
o = outer()
print(next(o))
t(lambda: o.throw(KeyError))
t(lambda: next(o))
t(lambda: next(o))
o = outer()
next(o)
t(lambda: o.throw(ValueError('not handled inside')))
o = outer()
next(o)
t(o.close)
print(iter(o) is o, o.__iter__() is o)
