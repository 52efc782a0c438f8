# repr, str, ascii, format builtins
vals = [1, -2.5, 'text', "quote's", 'ünïcödé', '日本', '😀', b'\x00b', [1, 'a'], (1,), {'k': 'ü'}, {'é'}, None, True, 1j, ...]
for v in vals:
    print(repr(v), str(v), ascii(v))
print(format(3.14159, '.3f'), format(42, '08b'), format('x', '^5'), format(1234567, ',d'), format(0.25, '.0%'), format(255, '#X'))
print(repr(repr('a')), str(str(5)), ascii(ascii('é')), repr(str), repr(ascii))
class R:
    def __repr__(self):
        return 'R<é>'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(repr(R()), str(R()), ascii(R()), [R()], str(S()), repr(S()), [S()], (S(),), {'k': S()}, f'{S()} {S()!r}')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
t(lambda: repr(BadRepr()))
t(lambda: str(BadStr()))
t(lambda: repr())
t(lambda: ascii(1, 2))
t(lambda: format(1, 'q'))
