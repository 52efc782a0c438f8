# lower: dot, scale
# Float arithmetic on list items: items come boxed and are unboxed with a float-or-int check.
def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs


v = [float(i) for i in range(100)]
for _ in range(40):
    dot(v, v)
    scale(v, 1.0)
