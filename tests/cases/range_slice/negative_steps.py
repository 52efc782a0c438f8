# Negative steps in ranges and slices, and slice assignment via slice objects
data = list(range(10))
for sl in [slice(None, None, -1), slice(8, None, -2), slice(None, 3, -1), slice(-2, -8, -3), slice(3, 8, -1),
           slice(-1, None, -4), slice(100, None, -3), slice(None, -100, -2), slice(5, 5, -1), slice(0, None, -1)]:
    print(sl, data[sl], sl.indices(len(data)), list(range(len(data))[sl]) == data[sl])
for r in [range(10, 0, -1), range(10, -10, -7), range(-1, -5, -1), range(0, -1, -1), range(5, 10, -1)]:
    print(repr(r), list(r), len(r), r[::-1], list(r[::-1]) == list(r)[::-1], 0 in r)
print(range(20, 0, -3).index(8), range(20, 0, -3).count(9), list(reversed(range(20, 0, -3)))[:3])
s = 'abcdefghij'
print(s[::-1], s[-1:-4:-1], s[7:2:-2], s[:-11:-1], s[::-3], s[-3::-3])
buf = list(range(10))
buf[slice(None, None, -2)] = ['a', 'b', 'c', 'd', 'e']
print(buf)
buf[slice(2, 5)] = []
print(buf)
del buf[slice(None, None, -3)]
print(buf)
t = tuple(range(6))
print(t[::-2], t[-2::-2], t[4:0:-1], t[slice(None, None, -1)] == tuple(reversed(t)))
print(bytes(range(65, 75))[::-3], bytearray(b'hello')[::-1], [1, 2, 3][::-1][::-1])
