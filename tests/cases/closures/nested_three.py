def a():
    x = "a"
    def b():
        y = "b"
        def c():
            z = "c"
            return x + y + z
        return c
    return b
print(a()()())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 10
            return v
        return level3
    f = level2()
    f(); f()
    return v
print(level1())
c = a()()
print(c.__code__.co_freevars, a.__code__.co_cellvars)
