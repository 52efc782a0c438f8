def apply(fn, *args):
    return fn(*args)
def add(a, b):
    return a + b
print(apply(add, 2, 3))
ops = {"+": add, "max": max, "len": len}
print(ops["+"](1, 2), ops["max"](4, 9), ops["len"]("abc"))
funcs = [abs, str, lambda v: v * 2]
print([f(-3) for f in funcs])
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
print(list(map(make_multiplier(3), [1, 2, 3])))
print(callable(add), callable(3), callable(print), callable(int))
alias = add
print(alias is add, alias.__name__)
print(type(add).__name__, type(len).__name__)
