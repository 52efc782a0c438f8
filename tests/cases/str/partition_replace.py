# partition/rpartition and replace
for s in ['key=value', 'a=b=c', 'novalue', '=start', 'end=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a->b->c'.partition('->'), 'a->b->c'.rpartition('->'), 'abc'.partition('abc'))
s = 'the cat sat on the mat with the hat'
print(s.replace('the', 'a'))
print(s.replace('the', 'a', 1), s.replace('the', 'a', 0), s.replace('the', 'a', -1))
print(s.replace('at', ''), s.replace(' ', ''), s.replace('zzz', 'y'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'), 'ababab'.replace('aba', 'X'))
print('straße'.replace('ß', 'ss'), 'ﬁne'.replace('ﬁ', 'fi'), '😀😀'.replace('😀', ':)', 1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.rpartition(''))
t(lambda: 'abc'.replace('a'))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abc'.partition(None))
