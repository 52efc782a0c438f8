# str(): constructor forms, subclasses, and the dunder methods called directly
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(str(), str(42), str(b'x'), str(b'x', 'latin-1'), str(object='a'), repr(str(encoding='utf-8')))
print(str('a', errors='strict') if False else '', str(bytearray(b'\xe9'), 'latin-1'), str(b'\xff', errors='replace'))
class MS(str):
    def extra(self):
        return self.upper() + '!'
ms = MS('hello')
print(type(ms).__name__, ms, ms.extra(), ms + 'x', type(ms + 'x').__name__, ms * 2, len(ms), ms[1], ms == 'hello')
print('ell' in ms, hash(ms) == hash('hello'), repr(ms), str(ms), f'{ms:>7}', '%s' % ms, ms.split('l'), list(ms))
print(type(str(ms)).__name__, ms.__getnewargs__(), ms < 'z', MS('a') % (), MS('%s') % 5, sorted(MS('cba')), MS() == '')
ms.attr = 5
print(ms.attr, type(MS.__new__(MS, 3)).__name__, MS(b'ab', 'ascii'), isinstance(ms, str))
print('ab'.__len__(), 'ab'.__contains__('b'), 'ab'.__getitem__(-1), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2))
print('ab'.__eq__('ab'), 'ab'.__ne__('ab'), 'ab'.__lt__('b'), 'ab'.__ge__('b'), 'ab'.__eq__(1), 'ab'.__lt__(1))
print('%s'.__mod__(5), 'x'.__rmod__('%s!'), 'x'.__rmod__(1), 'ab'.__str__(), 'ab'.__repr__())
class R:
    def __radd__(self, other):
        return 'radd:' + other
    def __rmul__(self, other):
        return 'rmul:' + other
print(MS('a') + R(), MS('b') * R(), 'c' + R(), 'd' * R())
print('ab'.__format__(''), 'ab'.__format__('>4'), 'ab'.__hash__() == hash('ab'), list('ab'.__iter__()))
t(lambda: 'ab'.__add__(1))
t(lambda: 'ab'.__mul__(1.5))
t(lambda: MS('a') + 1)
t(lambda: str(1, 2))
t(lambda: str(b'a', 1))
t(lambda: str(b'a', 'utf-8', 1))
t(lambda: str(1, errors='strict'))
t(lambda: str('a', 'utf-8'))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(b'\xe9', 'ascii'))
t(lambda: str.__new__(5))
t(lambda: str.__new__())
t(lambda: str.__new__(int))
t(lambda: str.upper())
t(lambda: str.upper(5))
t(lambda: str.__len__(5))
t(lambda: 'ab'.__len__(1))
t(lambda: 'ab'.__getitem__())
t(lambda: 'ab'.__contains__(1))
t(lambda: 'ab'.__format__(1))
t(lambda: 'ab'.__format__(None))
