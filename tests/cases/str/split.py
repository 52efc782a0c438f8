# split, rsplit and splitlines
cases = ['a b  c', '  leading and trailing  ', '', '   ', 'a,b,,c,', 'one\ttwo\nthree\r\nfour\x0bfive\x0c six\u3000seven',
         'k=v=w', 'no-sep']
for s in cases:
    print(repr(s))
    print('  ', s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.rsplit(',', 1))
    print('  ', s.split('=', 1), s.rsplit('=', 1), s.split(maxsplit=0), s.split(' ', 2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', maxsplit=1), 'aaa'.split('a'), 'aaa'.split('aa'))
print('1,2,3'.split(',', -1), '1,2,3'.split(',', 0), 'x'.split('x'), 'xx'.rsplit('x', 1))
text = 'line1\nline2\r\nline3\rline4\n\nline6\x1cX\x1dY\x1eZ\x85W\u2028V\u2029U'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'a\n'.splitlines(), 'a\n\n'.splitlines(keepends=True))
print('a\nb'.split('\n'), 'a\n'.split('\n'), '\n'.split('\n'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'abc'.split(''))
t(lambda: 'abc'.rsplit(''))
t(lambda: 'abc'.split(1))
t(lambda: 'a b'.split(None, 'x'))
