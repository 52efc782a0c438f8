# find/rfind/index/rindex/count with start and end arguments
s = 'abracadabra'
for sub in ['a', 'abra', 'cad', 'z', '', 'ra', 'aa']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for args in [(1,), (1, 5), (-4,), (-4, -1), (3, 2), (20,), (-100,), (0, 100), (None, 4), (4, None)]:
    print(args, s.find('a', *args), s.rfind('a', *args), s.count('a', *args), s.find('', *args), s.rfind('', *args), s.count('', *args))
print(s.index('c'), s.rindex('b'), s.index('a', 1), s.rindex('a', 0, -1))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), ''.count(''), ''.find(''), 'abc'.count(''))
print('naïve café'.find('é'), 'naïve café'.rfind('ï'), '😀a😀'.find('a'), '😀a😀'.rfind('😀'))
print('a' in s, 'cad' in s, '' in s, 'abc' in s, 'A' in s, 'Ab' not in s)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: s.index('z'))
t(lambda: s.rindex('z'))
t(lambda: s.index('a', 11))
t(lambda: s.find(1))
t(lambda: 1 in s)
t(lambda: s.count())
t(lambda: s.find('a', 'b'))
