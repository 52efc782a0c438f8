def simple(p, q=1):
    r = p + q
    return r

def kwargs(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def annotated(x: int, /, y: "str" = "s", *, z: float = 1.0) -> bool:
    """Docstring."""
    return True

def outer(x):
    y = 1
    def inner(a, b, /, c, *args, d, **kw):
        z = x + y + a
        return len(z) + helper
    return inner

@decorator
@other(1)
def decorated():
    pass

square = lambda n: n * n
