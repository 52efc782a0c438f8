# Program-like: unit conversion tables with careful float formatting
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>7} {'F':>8} {'K':>8} back")
for c in [-273.15, -40, 0, 36.6, 37, 100, 451]:
    f = c_to_f(c)
    print(f"{c:>7.2f} {f:>8.2f} {c + 273.15:>8.2f} {f_to_c(f)!r}")
miles = [1, 5, 10, 26.2188, 100]
for m in miles:
    km = m * 1.609344
    print(f"{m:>8} mi = {km:10.4f} km = {km * 1000:12,.1f} m ({km!r})")
bmi = [(70, 1.75), (95.5, 1.82), (50, 1.6)]
for kg, h in bmi:
    v = kg / h ** 2
    cat = 'under' if v < 18.5 else 'normal' if v < 25 else 'over'
    print(f"{kg:5.1f}kg {h:.2f}m bmi={v:.2f} {cat} raw={v!r}")
prices = [19.99, 5.01, 0.1, 0.2, 100.0, 2.675]
subtotal = sum(prices)
print(repr(subtotal), round(subtotal, 2), f"{subtotal:.2f}", f"{subtotal * 1.0825:.2f}")
cents = sum(round(p * 100) for p in prices)
print(cents, cents / 100, divmod(cents, 100))
for r in [0.5, 1.5, 2.5, -0.5, 0.125, 0.375]:
    print(r, round(r), round(r, 1), round(r, 2), f"{r:.0f}", f"{r:.1f}", f"{r:.2f}")
print(repr(1.1 + 2.2), repr(3.3), 1.1 + 2.2 == 3.3, abs(1.1 + 2.2 - 3.3) < 1e-9)
