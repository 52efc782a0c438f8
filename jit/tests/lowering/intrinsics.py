# lower: clamp_all
# Built-ins compiled inline after an identity guard on the global: len, abs, min, max,
# math.sqrt, isinstance.
import math


def clamp_all(xs):
    out = 0.0
    for i in range(len(xs)):
        v = xs[i]
        if isinstance(v, float):
            out += math.sqrt(abs(v)) + max(min(v, 10.0), -10.0)
    return out


data = [float(i - 50) for i in range(100)]
for _ in range(30):
    clamp_all(data)
