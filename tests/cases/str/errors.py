# Common str error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'abc'
def assign():
    s[0] = 'x'
def delete():
    del s[0]
t(assign)
t(delete)
t(lambda: s[3])
t(lambda: s.index('d'))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(5))
t(lambda: ord(b'ab'))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr('a'))
t(lambda: chr(1.5))
t(lambda: s.foo)
t(lambda: s.upper(1))
t(lambda: str.upper(5))
t(lambda: s + 5)
t(lambda: s.join(['a', 5]))
t(lambda: str(b'x', 'bogus'))
t(lambda: str(5, 'utf-8'))
t(lambda: s.split(',', 1, 2))
t(lambda: s.center())
t(lambda: s.encode(5))
t(lambda: s.format(1, 2)[5])
t(lambda: '{}'.format())
t(lambda: '{0}{}'.format(1, 2))
t(lambda: s.count('a', 0, 1, 2))
t(lambda: int(s))
t(lambda: hash(s) == hash('abc'))
