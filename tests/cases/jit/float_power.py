def f(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append(x ** y)
            except (OverflowError, ZeroDivisionError) as e:
                out.append(type(e).__name__)
    return out
xs = [2.5, 0.1, 1.0, 1e300, 3.0, float("inf")]
ys = [0.5, 2, -1.5, 300.0, 0.0, float("nan")]
for i in range(300):
    r = f(xs, ys)
print(r)
print(f([-8.0, 0.0], [0.5, 2.0, -1.0, 1/3]))
