# center/ljust/rjust/zfill/expandtabs
for s in ['a', 'ab', 'abc', 'abcd', '', 'ü', '日本']:
    print('[' + s.center(5) + ']', '[' + s.center(6, '*') + ']', '[' + s.ljust(4, '-') + ']',
          '[' + s.rjust(4, '.') + ']', '[' + s.center(1) + ']', '[' + s.ljust(-3) + ']')
print('abc'.center(8, '€'), 'x'.center(4), 'xx'.center(5), 'odd'.center(6), 'odd'.center(7))
for z in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0', '1e5', '+']:
    print(repr(z), repr(z.zfill(5)), repr(z.zfill(0)), repr(z.zfill(1)))
tabbed = 'a\tbc\tdef\tghij\tk'
print(repr(tabbed.expandtabs()), repr(tabbed.expandtabs(4)), repr(tabbed.expandtabs(1)), repr(tabbed.expandtabs(0)))
print(repr('12\n\t3\r\t4'.expandtabs(4)), repr('\t'.expandtabs(-1)), repr('日\tx'.expandtabs(4)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a'.ljust(5, ''))
t(lambda: 'a'.rjust('5'))
t(lambda: 'a'.zfill())
