# strip family and removeprefix/removesuffix
samples = ['  hi  ', '\t\n hi \r\n', 'xxhixx', 'hi', '', '   ', '\u00a0hi\u2003', 'www.example.com']
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')),
          repr(s.strip('w.moc')), repr(s.lstrip('wx')), repr(s.rstrip('xmo.')))
print(repr('abcba'.strip('ab')), repr('abcba'.strip('')), repr('abc'.strip(None)), repr('aaa'.strip('a')))
print('test_case.py'.removeprefix('test_'), 'test_case.py'.removesuffix('.py'), 'abc'.removeprefix('abc'),
      'abc'.removeprefix('x'), 'abc'.removesuffix(''), 'abcabc'.removesuffix('abc'), 'aaa'.removeprefix('a'))
print('Arthur: three!'.lstrip('Arthur: '), 'Arthur: three!'.removeprefix('Arthur: '))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'abc'.strip(1))
t(lambda: 'abc'.removeprefix(None))
t(lambda: 'abc'.lstrip('a', 'b'))
