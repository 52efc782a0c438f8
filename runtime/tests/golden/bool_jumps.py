def f(a, b, c):
    if a and (b or c):
        g()
    if not (a and b):
        g()
    if a < b < c:
        g()
    while a or b:
        g()
    x = a if b else c
    if x is None:
        pass
    if x is not None:
        pass
    if (a if b else c):
        g()
