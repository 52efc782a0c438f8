x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("caught:", e)
print(issubclass(UnboundLocalError, NameError))
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print("caught:", e)
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
h(False)
