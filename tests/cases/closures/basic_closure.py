def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
print(add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
def no_free():
    return 1
print(no_free.__closure__)
