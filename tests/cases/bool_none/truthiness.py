# bool() of containers and objects
values = [0, 1, -1, 0.0, 0j, 1j, '', ' ', 'False', b'', b'\x00', [], [0], [[]], (), (0,), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, ..., 1,
          bytearray(), bytearray(1), 10 ** 100, float('inf')]
for v in values:
    print(repr(v), bool(v))
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBool()))
print([x for x in [0, 1, '', 'a', None, [], [1]] if x])
print(len([v for v in values if v]), len([v for v in values if not v]))
if WithLen(0):
    print("truthy")
else:
    print("falsy")
print(all([]), any([]), all([1, 'a', [0]]), any([0, '', None]))
