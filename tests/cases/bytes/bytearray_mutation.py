# bytearray mutation
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b' world')
ba.extend([33, 63])
ba.extend(bytearray(b'.'))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, ord('J'))
ba.insert(-1, 0x2d)
print(ba)
ba.remove(ord('o'))
print(ba)
ba[1:4] = b'EE'
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[0:3]
del ba[-1]
del ba[::3]
print(ba)
ba += b'++'
ba *= 2
print(ba)
ba[2:2] = b'[]'
ba[-2:] = bytearray(b'')
print(ba, ba.count(b'+'), ba.find(b'[]'))
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
x = bytearray(b'abc')
x[1:2] = [120, 121, 122]
print(x, x.upper(), x.replace(b'y', b'Y'), bytes(x))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: x.__setitem__(0, 256))
t(lambda: x.__setitem__(0, -1))
t(lambda: x.__setitem__(0, b'a'))
t(lambda: x.append(1000))
t(lambda: x.append('a'))
t(lambda: x.extend('abc'))
t(lambda: x.remove(ord('Q')))
t(lambda: bytearray().pop())
t(lambda: x.__setitem__(slice(0, 6, 2), b'ab'))
t(lambda: x.__setitem__(99, 1))
t(lambda: x.insert(0, 300))
h = bytearray(b'key')
d = {}
t(lambda: d.__setitem__(h, 1))
