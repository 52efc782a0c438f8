def consts():
    a = 1.5
    b = 2j
    c = 1 + 2j
    d = b"bytes"
    e = None
    f = ...
    g = (1, "two", 3.0)
    h = True, False
    i = -0.0
    j = 1e100
    return a, b, c, d, e, f, g, h, i, j
