# List slicing: read, assign, delete, extended slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [100]
print(b)
b[3:3] = []
b[1:4] = []
print(b)
b[:] = 'abc'
print(b)
b[1:2] = range(4)
print(b)
c = list(range(10))
c[::2] = ['e'] * 5
print(c)
c[1::2] = 'ABCDE'
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
d = list(range(10))
del d[::2]
print(d)
del d[1:3]
print(d)
del d[-1]
del d[:]
print(d)
e = list(range(6))
e[4:1] = ['ins']
print(e)
e[-2:] = []
e[10:20] = [9]
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
g = list(range(6))
def ext_assign():
    g[::2] = [1, 2]
def ext_assign2():
    g[::-1] = [1]
def step0():
    g[::0] = []
def non_iter():
    g[1:2] = 5
t(ext_assign)
t(ext_assign2)
t(step0)
t(non_iter)
t(lambda: g[1.5:2])
t(lambda: g['a'])
print(g)
