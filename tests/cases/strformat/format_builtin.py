# format() builtin and __format__ protocol
print(format(3.14159, '.2f'), format(255, 'x'), format('hi', '>5'), format(1234567, ','), format(0.5, '%'))
print(repr(format(5)), repr(format('')), format(None, ''), format([1], ''), type(format(1)).__name__)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        return format(self.c, spec + 'f' if spec else '') + '°C'
t = Temp(21.5)
print(format(t), format(t, '.1'), format(t, '.0F'), f'{t:.2}', '{:8.1F}'.format(t))
class NoFormat:
    pass
class StrOnly:
    def __str__(self):
        return 'S'
print(format(StrOnly()), f'{StrOnly()}', '{}'.format(StrOnly()), format(StrOnly(), ''))
print(int.__format__(42, '05'), float.__format__(2.5, '.3f'), str.__format__('s', '^3'))
print(object.__format__(StrOnly(), ''), format(1 + 2j, '.1f'), format(1 - 2j, '^15'), format(3j, 'e'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(NoFormat(), 'x'))
t(lambda: format(StrOnly(), '>5'))
t(lambda: format(1, 5))
t(lambda: format([1], 'x'))
t(lambda: format(None, 's'))
t(lambda: format(1 + 2j, '='))
t(lambda: format(1 + 2j, '05'))
class Bad:
    def __format__(self, spec):
        return 5
t(lambda: format(Bad()))
t(lambda: f'{Bad()}')
