# bytearray mutators, in-place operators and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = bytearray(b'hello')
x.extend(range(3)); print(x)
x.insert(100, 67); x.insert(-100, 68); print(x)
print(x.pop(), x.pop(0), x.pop(-2), x)
x[1:3] = b'XYZ'; x[0] = 0x41; print(x)
x[::2] = bytes(len(x[::2])); print(x)
del x[::2]; print(x, len(x))
y = x
y += b'!'
y *= 2
print(x is y, x, x.__alloc__() >= len(x))
class I:
    def __index__(self):
        return 70
x.append(I()); x.remove(I()); x.insert(0, I()); print(x, x.count(I()), I() in x)
x.clear(); print(x, len(x), x.copy(), bytearray(b'ab').__iadd__(b'c'))
for f in [lambda: x.append(256), lambda: x.append('a'), lambda: x.append(), lambda: x.extend(5), lambda: x.extend('ab'),
          lambda: x.extend([256]), lambda: x.insert(0), lambda: x.insert('a', 1), lambda: x.pop(), lambda: bytearray(b'a').pop(5),
          lambda: bytearray(b'a').pop('a'), lambda: bytearray(b'a').pop(1, 2), lambda: x.remove(1), lambda: x.remove(300),
          lambda: x.__setitem__(0, 1), lambda: x.__setitem__('a', 1), lambda: x.__delitem__(0), lambda: bytearray(b'ab').__setitem__(0, 256),
          lambda: bytearray(b'ab').__setitem__(0, 'a'), lambda: bytearray(b'ab').__setitem__(slice(0, 2, 2), b'xy'),
          lambda: bytearray(b'ab').__setitem__(slice(0, 1), 'xy'), lambda: bytearray(b'ab').__setitem__(slice(0, 1), [300]),
          lambda: bytearray(b'ab').__setitem__(slice(0, 1), 5), lambda: hash(bytearray()), lambda: bytearray(b'a').__iadd__('x'),
          lambda: bytearray(b'a').__imul__('x'), lambda: x.clear(1), lambda: x.reverse(1), lambda: {bytearray(): 1}]:
    t(f)
