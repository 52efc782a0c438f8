# sys struct sequences and interpreter limits
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), vi == tuple(vi), len(vi), type(vi).__name__)
major, minor, *rest = vi
print(major, minor, len(rest), vi.releaselevel, isinstance(vi, tuple), hash(vi) == hash(tuple(vi)))
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.int_max_str_digits, len(sys.flags))
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi[0] == fi.max)
print(sys.int_info, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(repr(sys.float_info)[:30])
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.maxunicode, sys.hexversion >> 16)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: len(str(10 ** 999)))
t(lambda: str(10 ** 1000))
t(lambda: sys.set_int_max_str_digits(10))
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 100), sys.getsizeof(1.5), sys.getsizeof(''), sys.getsizeof('abcd'))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof({}))
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()), sys.getsizeof(object()))
class Negative:
    def __sizeof__(self):
        return -1
t(lambda: sys.getsizeof(Negative()))
print(sys.stdout.encoding, sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stderr.name, sys.stdin.mode)
sys.stdout.writelines(['one\n', 'two\n'])
print(sys.stdout.write('abc\n'))
