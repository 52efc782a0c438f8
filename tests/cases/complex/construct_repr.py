# complex construction and repr
vals = [1 + 2j, 1 - 2j, -1 - 2j, 2j, -2j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1j * 1j,
        complex(1), complex(1.5, -2.5), complex(), complex(True, False), complex('1+2j'),
        complex(' -3.5-4j '), complex('j'), complex('-j'), complex('5'), complex('1e3j'),
        complex('(1+2j)'), complex('inf+nanj'), complex(1e300, 1e-300), complex(2 ** 60, 3),
        complex(1 + 1j, 1j), complex(1j, 1j), 1e16j, 0.1j + 0.2j, complex('1_0+2_0j')]
for v in vals:
    print(repr(v), str(v))
print(type(1j).__name__, (3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate(), (3 - 4j).conjugate())
print(type((1j).real).__name__, (5).imag, (2.5).imag, True.imag)
print([1j, 2 + 0j], (1 + 1j,), {1j: 'i'}, f"{1 + 2j}", format(1 - 1j))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: complex('1+2i'))
t(lambda: complex('1 + 2j'))
t(lambda: complex(''))
t(lambda: complex('1+2j', 3))
t(lambda: complex(None))
t(lambda: complex('x'))
t(lambda: complex(1, '2'))
