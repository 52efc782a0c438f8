# printf-style flags, width, precision and *
for fmt in ['%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%-+5d|', '% 05d', '%#x', '%#X', '%#o', '%#08x',
            '%5.3d', '%-8.3f|', '%08.3f', '%+.2e', '%#.0f', '%.0f', '%#g', '%.10g', '%10.4g|', '%-10s|', '%10s|', '%.2s']:
    try:
        v = fmt % (42 if fmt[-1] in 'dxXo' else 3.14159 if fmt[-1] in 'efg' else 'text') if fmt[-1] != '|' else None
        if v is None:
            ch = fmt[-2]
            v = fmt % (-42 if ch in 'd' else 3.14159 if ch in 'efg' else 'text')
        print(repr(fmt), repr(v))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print('%*d|%-*d|' % (6, 42, 6, 42), '%.*f' % (2, 3.14159), '%*.*f|' % (10, 3, 2.71828))
print('%*d|' % (-6, 42), '%0*d' % (5, 7), '[%*s]' % (3, 'abcdef'))
print('%05s|%-05d|%+s' % ('ab', 3, 'x'), '%#5.2f' % 1, '%+.1f %+.1f' % (0.04, -0.04))
print('% d % d' % (5, -5), '%+d %+d' % (0, -0), '%x' % -0, '%#x %#o' % (0, 0))
print('%.3d %.5x %.0d|' % (5, 255, 0), '%3c|%-3c|' % ('a', 'b'))
print('%10.3e|%-12.2E|' % (123456.789, -0.000123))
