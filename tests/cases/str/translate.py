# str.maketrans and str.translate
t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()), 'aabbcc-abc'.translate(t1))
t2 = str.maketrans('abc', 'xyz', 'c-')
print(sorted(t2.items()), 'aabbcc-abc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'long', ord('d'): 'D', 'é': 'e'})
print(sorted(t3.items()), 'abcdé'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({104: 72}), 'hello'.translate({}))
print('hello'.translate(str.maketrans('', '', 'aeiou')), 'Hello'.translate(str.maketrans('Hh', 'Jj')))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print('Why did the chicken cross the road?'.translate(rot13))
print('Why did the chicken cross the road?'.translate(rot13).translate(rot13))
class Upper:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError
        return chr(k).upper()
print('lazy'.translate(Upper()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: str.maketrans('abc', 'xy'))
t(lambda: str.maketrans({'ab': 'x'}))
t(lambda: str.maketrans('abc'))
t(lambda: 'abc'.translate({ord('a'): 5}))
t(lambda: 'abc'.translate({ord('a'): 0x110000}))
t(lambda: 'abc'.translate({ord('a'): 66}))
