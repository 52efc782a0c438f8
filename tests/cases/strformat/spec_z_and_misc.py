# The 'z' option (3.11), grouping edge cases and the n type
for v in [-0.0, 0.0, -0.001, 0.001, -1.5, -0.4]:
    print(repr(v), format(v, '.0f'), format(v, 'z.0f'), format(v, 'z.2f'), format(v, '+z.1f'), format(v, 'z'), format(v, 'zg') if v else 'x')
print('{:z.1f}|{:z.1e}|{:z.0%}'.format(-0.01, -0.0, -0.001))
print('{:,.2f}'.format(-1234567.005), '{:_.1f}'.format(1e7), '{:,}'.format(-1e20), '{:,g}'.format(12345678.9))
print('{:,}'.format(0.5), '{:,d}'.format(0), '{:015,.2f}'.format(-1234.5), '{:>015,}'.format(1234))
print('{:n}'.format(1234567), '{:n}'.format(1234.5678), '{:n}'.format(-0.0), '{:n}'.format(10 ** 20))
print('{:010}'.format(-3.5), '{:010}'.format('ab'), '{:08.3}'.format(-1.5), '{:=10}'.format(-7))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: format(-0, 'z'))
t(lambda: format(-1, 'zd'))
t(lambda: format('x', 'z'))
t(lambda: format(1.5, 'z='))
