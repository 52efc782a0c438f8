# len() and its errors
class Sized:
    def __len__(self):
        return 7
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
class HugeLen:
    def __len__(self):
        return 2 ** 70
print(len(''), len('abc'), len('日本'), len(b'ab'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(len(frozenset()), len(bytearray(3)), len(Sized()), len({}.keys()), len(memoryview(b'xyz')), len('\U0001f600'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(3.5))
t(lambda: len(iter([1])))
t(lambda: len(x for x in 'ab'))
t(lambda: len())
t(lambda: len([1], [2]))
t(lambda: len(BadLen()))
t(lambda: len(FloatLen()))
t(lambda: len(HugeLen()))
t(lambda: len(len))
t(lambda: len(object()))
