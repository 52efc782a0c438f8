# Formatting complex numbers, __complex__, hashing and equality
z = 3.14159 - 2.5j
print(format(z), format(z, '.2f'), format(z, '>20'), format(z, '^24.3e'), format(z, '+.1f'), format(z, 'g'))
print(f'{1j:.3f}', f'{-0j}', f'{complex(1e20, -1e-20)}', f'{complex(1, 2):*<14}', f'{-1.5 - 0j:.2f}', f'{2j:>8}|')
print('{:.1f}'.format(1 + 1j), '{!r}'.format(2 - 0j), '%s' % (1 + 2j), str(complex(-1.5, float('inf'))))
class Impedance:
    def __init__(self, r, x):
        self.r, self.x = r, x
    def __complex__(self):
        return complex(self.r, self.x)
print(complex(Impedance(50, -20)), abs(complex(Impedance(3, 4))))
class Half:
    def __float__(self):
        return 0.5
class Idx:
    def __index__(self):
        return 7
print(complex(Half()), complex(Half(), Half()), complex(Idx()))
print(hash(complex(3, 0)) == hash(3), hash(complex(0.5, 0)) == hash(0.5), {1: 'a', 1 + 0j: 'b'}, {2j: 'x'}[2j])
print(1 + 0j == True, 0j == False, 1j != 1, complex(1, 0) in [1], 2.5 + 0j in {2.5})
print(sorted([3 + 1j, 1 - 1j, 2j], key=abs), max([1j, -3, 2 + 2j], key=abs), sum([1j] * 4))
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (2j).__mul__(2j), (1j).__eq__(1j), (1j).__lt__(2j))
print(complex.__name__, isinstance(1j, complex), isinstance(1, complex), type(1j * 1).__name__, type(abs(1j)).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(1j, 'd'))
t(lambda: format(1j, '%'))
t(lambda: format(1j, 'n') and 'n ok')
t(lambda: complex(Impedance(1, 2), 1j))
t(lambda: complex('1+2j '))
t(lambda: complex('1+2jj'))
