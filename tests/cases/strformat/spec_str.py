# Format-spec mini-language applied to strings and other objects
for s in ['', 'a', 'heron', 'straße', '日本語', '😀x']:
    print(repr(s), '|'.join([format(s, ''), format(s, '8'), format(s, '<8'), format(s, '>8'), format(s, '^8'),
                             format(s, '*^9'), format(s, '.2'), format(s, '>8.3'), format(s, 's'), format(s, '-<3')]))
print('[{:10}] [{:<10}] [{:>10}] [{:^10}] [{:.^10}]'.format('left', 'left', 'right', 'mid', 'dots'))
print('[{:10}] [{:10}] [{:10}] [{:10}]'.format(1, 1.5, 'str', True))
print('[{:^11}] [{:^4}]'.format('even', 'toolong'), '[{:^6}]'.format('odd'), '[{:^5}]'.format('ab'))
print(format([1, 2]), format((1,), ''), format(None), format({1: 2}, ''), format(range(3)))
print('{:>12}|{!s:>12}|{!r:>12}|'.format('x', [1], 'y'))
print('{:^{}}|'.format('é', 5), '{:<3}|'.format('long text'), '{:\u2014^10}'.format('dash'))
