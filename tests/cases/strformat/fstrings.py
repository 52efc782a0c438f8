# f-strings: expressions, debug specifier, nested specs and quotes
x, y, name = 10, 3.14159, 'heron'
items = ['a', 'b']
d = {'k': 'v', 'n': 5}
print(f'{x} {y} {name}', f'{x + 1} {x * 2:04d} {x / 4}', f'{name.upper()} {len(name)}')
print(f'{x=}', f'{y=:.2f}', f'{name=!r}', f'{name=!s}', f'{x * 2 = }', f'{ x = }', f'{items[0]=}')
print(f"{d['k']} {d['n']:>3}", f'{d["k"]}', f'''{d['k'] + "!"}''', f"{'nested'!r}")
print(f'{y:.3f} {y:10.2f}| {y:<10.1f}| {y:e} {y:g} {-y:+.1f}', f'{x:#x} {x:#o} {x:#b} {x:08b}')
w, p = 12, 4
print(f'{y:{w}.{p}f}|', f'{y:>{w}}|', f'{name:^{w}}|', f'{name:{"*"}^{w}}|', f'{x:{"+" if x else "-"}}')
print(f'{{braces}} {{{x}}}', f'{"{}"}', f'{x!r:>5}|', f'{items!s}', f'{"é"!a}')
print(f'{[i * i for i in range(4)]}', f'{(lambda a: a + 1)(2)}', f'{x if x > 5 else -x}', f'{(x, y)}')
print(f'{3 + 4j}', f'{1e20}', f'{None}', f'{True:d}', f'{2 ** 70:,}', f'{0.000012345:.2e}')
nested = f'{f"{x:>3}":*<6}'
print(nested, f'{x:>{w // 2}}|', f"{'a' 'b'}", f'{name[1:3]}', f'{name[::-1]!r:>8}')
print(f'multi {x}'
      f' line {y:.1f}', f'{chr(10)!r}')
print(f'{x:,d} {1234567.891:,.2f} {1234567:_x} {0.25:%} {0.256:.1%}')
print(F'upper F {x}', rf'\d{x}', fr'\w{name}', f'{x!r}' == repr(x))
