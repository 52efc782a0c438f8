def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 1
    return inner()
print(outer())
def outer2():
    def inner():
        return w
    return inner
try:
    outer2()()
except NameError as e:
    print(type(e).__name__ + ":", e)
