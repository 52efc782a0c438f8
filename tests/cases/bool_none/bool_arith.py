# bool is a subclass of int
print(True + True, True * 10, False - True, True / 2, True // 2, -True, ~True, ~False)
print(True & False, True | False, True ^ True, False ^ True, True << 3, True >> 1)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 1).__name__, type(~True).__name__)
print(repr(True), repr(False), str(True), f"{True}", f"{True:d}", f"{False:>6}", format(True, '03'))
print(int(True), float(False), complex(True), True == 1, False == 0, True is True, (1 == 1) is True)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__, type(True).__name__)
print(sum([True, True, False, True]), max(True, 0.5), sorted([True, False, 2, -1]))
print(True ** 10, 2 ** True, 10 % True, divmod(True, True), abs(-True), hash(True), hash(False))
print(True and 5, False and 5, True or 5, 0 or False, None or 0, [] or 'x', 'a' and 'b')
print(not True, not 0, not [], not [0], not '', not ' ', not None)
x = True
x += 1
print(x, type(x).__name__)
print([1, 2, 3][True], 'abc'[False], {1: 'one'}[True], {True: 'T'}[1])
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(bool.__name__, bool(True) is True, bool(1) is True)
