# reversed() of various sequences
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))))
print(list(reversed(range(10, 0, -3))), list(reversed(b'xyz')), list(reversed(bytearray(b'ab'))), list(reversed([])))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(''.join(reversed('stressed')), tuple(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'abc'[i]
print(list(reversed(Seq())), list(Seq()))
class CustomRev:
    def __reversed__(self):
        return iter(['custom', 'order'])
print(list(reversed(CustomRev())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.pop()
lst2.pop()
print(list(rv2))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed(x for x in 'a'))
t(lambda: reversed(5))
t(lambda: reversed({'a': 1}.items()) and 'ok')
