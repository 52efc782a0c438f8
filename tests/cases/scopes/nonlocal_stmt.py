def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer())
def two_levels():
    a = 0
    def mid():
        def low():
            nonlocal a
            a += 1
        low(); low()
    mid()
    return a
print(two_levels())
def shadowing():
    v = 1
    def f():
        v = 2
        def g():
            nonlocal v
            v = 3
        g()
        return v
    return f(), v
print(shadowing())
