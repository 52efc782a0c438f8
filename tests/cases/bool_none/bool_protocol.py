# __bool__ and __len__ protocols, and their error messages
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), bool(Sized(0)), bool(Sized(2)))
print([x.v for x in [Flag(True), Flag(False)] if x], Flag(False) or 'fallback', Flag(True) and 'both')
print(any([Flag(False), Sized(1)]), all([Flag(True), Sized(0)]), sum(map(bool, [Sized(0), Sized(5), Flag(True)])))
x = Flag(False)
print('truthy' if x else 'falsy', 'yes' if Sized(3) else 'no')
count = 0
s = Sized(3)
while s.n:
    s.n -= 1
    count += 1
print(count, bool(s))
print(bool(0) is False, bool(1) is True, True is not False, (not None) is True, type(not 5).__name__)
print(True == 1.0, False == 0j, True + 0.5, {True, 1, 1.0}, {False: 'f'}[0], [True, False].index(0))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: bool(Flag(1)))
t(lambda: bool(Flag(None)))
t(lambda: bool(Sized(-1)))
t(lambda: bool(Sized('x')))
t(lambda: not Flag('yes'))
t(lambda: 'a' if Flag(0) else 'b')
t(lambda: bool(Sized(2 ** 70)))
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
