# Concatenation, repetition and comparisons
a, b = 'abc', 'xyz'
print(a + b, a * 3, 3 * a, a * 0, a * -2, '' * 100, repr('-' * 1), a + '' + b)
s = 'x'
s += 'y'
s *= 3
print(s, len(s))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, '+'.join(parts))
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'b' > 'abc')
print('a' == 'a', 'a' != 'A', 'é' > 'z', '😀' > '日', 'Straße' < 'Strasse', '10' < '9')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '123', '_x', 'Zed', 'éclair']))
print(sorted(['b', 'a', 'B', 'A'], key=str.lower), sorted(['aa', 'b', 'ccc', 'dd'], key=len))
print(max('hello'), min('hello'), max(['apple', 'pear', 'fig']), min('zebra', 'apple'))
print('abc' == 'ab' + 'c', 'abc' != None, 'a' * 3 == 'aaa', ('a' 'b' 'c') == 'abc')
print(ord('a'), ord('A'), ord('é'), ord('日'), ord('😀'), chr(97), chr(0x263a), chr(0x1f600))
print([chr(c) for c in range(ord('a'), ord('f'))], ''.join(chr(ord(c) + 1) for c in 'HAL'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: 'a' + None)
t(lambda: 'a' + b'b')
t(lambda: 'a' * 'b')
t(lambda: 'a' * 2.0)
t(lambda: 'a' - 'b')
t(lambda: -'a')
t(lambda: 'a' < 1)
t(lambda: 'a' * (2 ** 63))
