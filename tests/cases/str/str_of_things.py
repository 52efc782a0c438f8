# str() and repr() of many kinds of objects
class Plain:
    pass
class WithStr:
    def __str__(self):
        return 'custom str'
class WithRepr:
    def __repr__(self):
        return 'WithRepr()'
class Both(WithStr, WithRepr):
    pass
things = [0, -1, 2.5, 1e100, True, None, 'text', b'bytes', bytearray(b'ba'), [1, 'a'], (1,), (),
          {'k': [1]}, set(), {3}, frozenset({1}), range(3), range(1, 10, 2), slice(1, 2), slice(None),
          1j, ..., NotImplemented, int, str, type, object, len, WithRepr(), Both(),
          [WithRepr(), Both()], {'a': WithRepr()}, ZeroDivisionError('boom'), ValueError(),
          KeyError('k'), OSError(2, 'No such file'), Exception('a', 1), str.upper]
for x in things:
    print(str(x), '|', repr(x))
print(str(WithStr()), [str(WithStr())], str([WithRepr()]))
print(str(), str(''), str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(bytearray(b'xyz'), encoding='ascii'))
print(str(b'\xff', 'utf-8', 'replace'), str(object=5), type(str(5)).__name__)
print(type(Plain()).__name__, str(Plain()).startswith('<__main__.Plain object at 0x'), Plain.__name__, Plain.__qualname__)
print(repr(Plain).startswith("<class '__main__.Plain'"), str(Plain))
def fn():
    pass
print(fn.__name__, repr(fn).startswith('<function fn at'), str(len), repr(print), repr(lambda: 0)[:18])
print(f"{WithStr()}", f"{WithRepr()}", f"{WithStr()!r}"[:18], '%s %r' % (Both(), Both()))
