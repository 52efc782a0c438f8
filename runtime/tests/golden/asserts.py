def check(x):
    assert x
    assert x > 0, "must be positive"
    if x is None:
        raise ValueError
    raise
