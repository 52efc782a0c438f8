# complex(): argument combinations, subclasses; format() of complex numbers
class Z(complex):
    pass
z = Z(1, 2)
print(z, type(z).__name__, z + 1, type(z + 1).__name__, z * 1j, -z, abs(Z(3, 4)), z == 1 + 2j, z.conjugate(), Z('3-4j'), Z())
print(complex(1j, 1j), complex(1j, 2), complex(2, 1j), complex(real=1, imag=2), complex(imag=5), complex(real=1), complex(True, 2.5), complex(2 ** 60, 3))
print(complex('١+٢j'), complex('1_0j'), complex(' ( 1+2j ) '), complex('infj'), complex('-infinityj'), complex('1.j'), complex('nan+nanj'), complex('1+2J'), complex('-nanj'))
print(repr(complex(1, -float('nan'))), repr(complex(-float('nan'), 1)), repr(complex(-0.0, 1)), repr(complex(0.0, -0.0)), repr(complex(-0.0, -0.0)))
vals = [1 + 2j, -1.5 - 0.25j, 1j, -0j, complex(1e20, -1e-20), 12345.5 + 2j, complex(0.0, -0.0), complex(1, float('nan'))]
for spec in ['', '.2f', '>20', '<20', '^20', '*^20', '+', ' ', '#', '.3', 'e', '.1E', 'g', 'G', 'n', ',', '+.2f', ' .2f', 'z.2f', '12.3g', ',.2f']:
    print(repr(spec), [format(v, spec) for v in vals])
print((1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), (1 + 2j).__hash__(), (0j).__bool__(), (1 + 2j).__rpow__(2), (1 + 2j).__rtruediv__(1), (1 + 2j).__rsub__(1))
print((1 + 2j).__eq__(1 + 2j), (1 + 2j).__eq__(1), (1 + 0j).__eq__(1), (1 + 0j).__ne__(1.0), (1j).__lt__(2j), (1 + 2j).__add__('x'), (2 ** 53 + 1 + 0j) == 2 ** 53 + 1)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(1 + 2j, '020'))
t(lambda: format(1 + 2j, '0<20'))
t(lambda: format(1 + 2j, '=10'))
t(lambda: format(1 + 2j, '=d'))
t(lambda: format(1 + 2j, 'x'))
t(lambda: format(1 + 2j, '%'))
t(lambda: (1 + 2j).__format__(5))
t(lambda: (1 + 2j).__pow__(2, 3))
t(lambda: (1 + 2j).__mod__(2))
t(lambda: complex(1, 2, 3))
t(lambda: complex.__new__(int))
t(lambda: abs(complex(1e308, 1e308) * 10))
t(lambda: complex(b'1'))
t(lambda: complex('(1+2j'))
t(lambda: complex('1e'))
t(lambda: complex('.j'))
t(lambda: complex('1+-2j'))
