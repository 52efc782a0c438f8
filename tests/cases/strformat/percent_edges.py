# printf-style formatting: argument fetching order, mappings and conversions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Idx:
    def __index__(self):
        return 66
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print('%c%c' % (Idx(), 'b'), '%d %x' % (Num(), Idx()), '%.1f %e' % (Num(), Idx()), '%s' % Idx.__name__)
print('%5%|' % (), '%(a)%|' % {'a': 1}, '%(a)s %(a)r' % {'a': 'q'}, '%s' % [1], '%s' % ((),), '%(x y)s' % {'x y': 1})
print('abc' % [], 'abc' % {}, 'abc' % (), '%s' % 'ab', '%-6.2s|' % 'xyz', '%x' % 3, '%r' % 'x\n', '%a' % 'é')
print('%i|%u|%5.3d|%-+6d|%#o|%#X' % (1, 2, 3, 4, 8, 255), '%*.*s|' % (6, 2, 'abcdef'), '%-*d|' % (4, 1))
t(lambda: '%s %s' % 'ab')
t(lambda: '%(a)s' % {'a': 1, 'b': 2})
t(lambda: '%s %(a)s' % {'a': 1})
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%c' % 1.5)
t(lambda: '%c' % '')
t(lambda: '%*d' % (2 ** 70, 1))
t(lambda: '%.*d' % (2 ** 40, 1))
t(lambda: '%*d' % (1.5, 1))
t(lambda: '%y' % ())
t(lambda: '%ä' % 1)
t(lambda: '%\x07' % 1)
t(lambda: '%(a' % {})
t(lambda: '%(a)' % {'a': 1})
t(lambda: '%5' % 1)
t(lambda: '%x' % 3.0)
t(lambda: '%o' % '1')
t(lambda: '%d' % 1j)
t(lambda: '%f' % 1j)
t(lambda: '%d' % float('nan'))
t(lambda: '%d' % float('inf'))
t(lambda: '%c' % 0x110000)
t(lambda: '%s' % ())
t(lambda: '%s %s' % (1, 2, 3))
t(lambda: 'abc' % 5)
t(lambda: 'abc' % 'x')
t(lambda: 'abc' % b'x')
t(lambda: b'%(k)s' % {b'k': b'v'})
t(lambda: b'%(k)s' % {'k': b'v'})
t(lambda: b'%c' % 256)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%s' % 1)
t(lambda: b'%r|%a|%b' % ('é', b'x', bytearray(b'q')))
t(lambda: b'%y' % 1)
t(lambda: b'%\xe9' % 1)
t(lambda: bytearray(b'%s-%d') % (b'x', 5))
t(lambda: b'%s %s' % (b'x',))
t(lambda: b'%s' % (b'x', b'y'))
