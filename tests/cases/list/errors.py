# list error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3]
t(lambda: a.index(4))
t(lambda: a.index(3, 0, 2))
t(lambda: a.remove(4))
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.pop(-4))
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: [][0])
def set_oob():
    a[3] = 0
def del_oob():
    del a[5]
t(set_oob)
t(del_oob)
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a.pop('1'))
t(lambda: a.insert('0', 1))
t(lambda: a.insert(0))
t(lambda: a.append(1, 2))
t(lambda: a.extend(5))
t(lambda: a.extend(None))
t(lambda: a.index())
t(lambda: a.count())
t(lambda: a.sort(reverse=None) or a)
t(lambda: a.sort(key=str, foo=1))
t(lambda: list(1))
t(lambda: list([1], [2]))
t(lambda: hash(a))
t(lambda: {a: 1})
t(lambda: {a})
t(lambda: a.nosuch)
t(lambda: a[2 ** 64])
t(lambda: [0] * (2 ** 63))
print(a)
