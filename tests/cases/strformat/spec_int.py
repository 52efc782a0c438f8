# Format-spec mini-language applied to ints
specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^7', '0>4', '+', '-', ' ', '+5', '=+6', '05', '+05', '#x',
         '#X', '#o', '#b', 'x', 'X', 'o', 'b', '08b', '#010b', ',', '_', '_b', '_x', '#_x', ',d', '10,',
         '010,', 'c', 'n', 'e', '.2f', '%', '.1%', 'g', 'G', '+.3e', '=^9', 'x<8']
for v in [0, 42, -42, 255, 1234567, -(2 ** 40)]:
    print(v, ' '.join('[' + format(v, s) + ']' for s in specs if not (s == 'c' and v < 0 or s == 'c' and v > 0x10ffff)))
print(format(True, 'd'), format(True, '>5'), format(False, '#x'), format(True, ''), format(True, '^7'), format(False, '+'))
print(format(2 ** 100, ','), format(-(2 ** 100), '_x'), format(2 ** 64, '#b')[:20], format(10 ** 30, 'e'))
print('{:=+10d}|{:=-10d}|{: =10d}|{:0=10d}'.format(42, -42, 42, -42))
print('{:,}'.format(123), '{:,}'.format(1234), '{:_d}'.format(-1234567), '{:_o}'.format(8 ** 6), '{:_X}'.format(16 ** 5))
print('{:c}{:c}{:c}'.format(72, 0x69, 0x1f600), '{:>3c}|'.format(65))
