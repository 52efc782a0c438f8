# Format-spec mini-language applied to floats
specs = ['', 'f', '.2f', '.0f', '10.3f', '<10.3f', '^10.1f', '010.2f', '+.1f', ' .1f', 'e', '.3e', 'E', '.0e',
         'g', '.3g', '.10g', 'G', '#g', '#.3g', '%', '.1%', ',.2f', '_.3f', '.3', '.1', 'n', '#.0f', '#.0e', '=+12.3f', '*>12.4g']
for v in [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 0.000123456, 1e16, 1e-5, 123456789.0, 1.5e300, 0.5,
          float('inf'), float('-inf'), float('nan')]:
    print(repr(v))
    print('  ', ' '.join('[' + format(v, s) + ']' for s in specs))
print(format(1e16, ''), format(1e15, ''), format(1e16, 'g'), format(123456789, 'g'), format(1e-5, 'g'), format(0.0001, 'g'))
print(format(1e-5, ''), format(1e-4, ''), format(12345678901234567.0, ''), format(1.0, 'g'), format(100.0, '.3'))
print(format(2, 'f'), format(2, 'e'), format(2, '%'), format(2, 'g'), format(2.0, '.2'), format(10 ** 20, '.3e'))
print('{:.3}'.format(3.14159), '{:.3}'.format(1234.5), '{:.3}'.format(0.0001234), '{:e}'.format(0), '{:.0e}'.format(0.0))
print('{:f}'.format(1e-10), '{:.20f}'.format(0.1), '{:.17g}'.format(0.1), '{:.30f}'.format(1 / 3))
print('{:.1f} {:.1f} {:.1f} {:.1f}'.format(0.05, 0.15, 0.25, 0.35), '{:.2f} {:.2f}'.format(2.675, 1.005))
print('{:G} {:E} {:F} {:%}'.format(float('nan'), float('inf'), float('-inf'), float('inf')))
