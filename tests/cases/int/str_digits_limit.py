# Integer-to-string conversion limit (4300 digits)
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: len(str(10 ** 4300)))
t(lambda: str(10 ** 5000))
t(lambda: repr(-(10 ** 5000)))
t(lambda: int('1' * 4301))
t(lambda: len(hex(10 ** 5000)))
t(lambda: len(f"{10 ** 4299:,}"))
print((10 ** 5000).bit_length(), (10 ** 5000) % 1000003)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), str(10 ** 5000)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
sys.set_int_max_str_digits(4300)
t(lambda: str(10 ** 5000))
t(lambda: sys.set_int_max_str_digits(100))
