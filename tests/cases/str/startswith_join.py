# startswith/endswith with tuples and ranges; join
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith('wor', 6, 8))
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'zz')), s.endswith('hello', 0, 5))
print(s.startswith(''), s.endswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith('', -1, -5))
print(s.startswith('o', -1), s.endswith('h', 0, 1), s.endswith('world', -5), s.endswith('o', -100, -6))
print(''.startswith(''), ''.endswith('a'), 'a'.startswith('ab'), 'ab'.endswith('ab', 1))
print(','.join(['a', 'b', 'c']), ''.join('xyz'), ' - '.join(('1', '2')), '|'.join([]), 'x'.join(['only']))
print('.'.join(str(i) for i in range(5)), ', '.join(sorted({'b', 'a', 'c'})), '\n'.join(['l1', 'l2']))
print('ab'.join('123'), '🙂'.join('ab'), ''.join([]), repr(''.join(['', ''])))
print(''.join(map(str, [1, 2, 3])), ':'.join({'k1': 1, 'k2': 2}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ','.join([1, 2]))
t(lambda: ','.join(['a', None]))
t(lambda: ','.join(5))
t(lambda: ','.join([b'a']))
t(lambda: s.startswith(['he']))
t(lambda: s.startswith(('he', 1)))
t(lambda: s.endswith(None))
