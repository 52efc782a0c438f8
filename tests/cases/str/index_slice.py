# Indexing and slicing strings
s = 'Hello, World!'
print(s[0], s[-1], s[7], s[-6], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:], s[5:5], s[8:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1], s[2:10:3])
print(s[100:], s[-100:3], s[3:-100], s[-100:-50], s[::100], s[::-100], repr(s[13:]))
print(s[None:None:None], s[slice(2, 8)], s[slice(None, None, -3)], s[slice(-3, None)])
u = 'añ日😀b'
print(len(u), u[0], u[1], u[2], u[3], u[4], u[::-1], u[1:4], [c for c in u])
for i in range(-len(u), len(u)):
    print(i, u[i], end='; ')
print()
for start in (None, -7, -2, 0, 2, 9):
    for stop in (None, -9, -1, 0, 3, 8):
        print(repr('abcdef'[start:stop]), end=' ')
    print()
for step in (1, 2, 3, -1, -2, -4):
    print(step, 'abcdefghij'[::step], 'abcdefghij'[2:8:step], 'abcdefghij'[8:2:step])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: s[13])
t(lambda: s[-14])
t(lambda: ''[0])
t(lambda: s[1.0])
t(lambda: s['a'])
t(lambda: s[::0])
t(lambda: s[1:2:0])
t(lambda: s[True])
t(lambda: s[2 ** 100])
