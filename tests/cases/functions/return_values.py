def none_implicit():
    x = 1
def none_explicit():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(none_implicit(), none_explicit())
print(multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(10), early(2))
def returns_func():
    def f():
        return "inner"
    return f
print(returns_func()())
