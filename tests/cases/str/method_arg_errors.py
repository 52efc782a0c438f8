# Argument-count and argument-type errors of str methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'abc'
class I:
    def __index__(self):
        return 2
print(s.center(I(), '*'), s[I()], s.find('c', I()), s.zfill(I()), s.expandtabs(I()), s.split('b', I()))
for f in [lambda: s.replace('a'), lambda: s.replace(1, 'b'), lambda: s.replace('a', 2), lambda: s.replace('a', 'b', 'c'),
          lambda: s.replace('a', 'b', count=1), lambda: s.split(x=1), lambda: s.split(',', sep=','), lambda: s.splitlines(1.5),
          lambda: s.splitlines(1, 2), lambda: s.center(1, 2, 3), lambda: s.center(5, 1), lambda: s.center(2 ** 70),
          lambda: s.center(x=1), lambda: s.zfill(), lambda: s.expandtabs(2 ** 40), lambda: s.find(), lambda: s.find('a', 1.5),
          lambda: s.find(sub='a'), lambda: s.rindex('a', 'x'), lambda: s.startswith(), lambda: s.startswith('a', 1, 2, 3),
          lambda: s.startswith(('a', 1)), lambda: s.startswith(('x', 1)), lambda: s.strip('a', 'b'), lambda: s.upper(x=1),
          lambda: s.join(), lambda: s.join(1), lambda: s.partition(), lambda: s.rpartition(1), lambda: s.removesuffix(1),
          lambda: s.encode('utf-8', 1), lambda: s.encode(encoding=1), lambda: s.encode('a', 'b', 'c'), lambda: s.encode(foo=1),
          lambda: s.encode(None), lambda: s.translate(), lambda: s.translate(1), lambda: str.maketrans(), lambda: str.maketrans(1),
          lambda: str.maketrans(1, 2), lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans({1.5: 'a'}),
          lambda: str.maketrans({'': 'a'}), lambda: s.format_map(), lambda: '{a}'.format_map(1), lambda: s.isalpha(1),
          lambda: s.count('a', None, None), lambda: s.find('c', -(2 ** 80), 2 ** 80), lambda: s.splitlines(keepends=2),
          lambda: s.ljust(), lambda: s.rjust(2, 'ab'), lambda: s.translate({97: 2 ** 70}), lambda: s.translate({97: -1})]:
    t(f)
