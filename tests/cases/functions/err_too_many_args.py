def f(a, b):
    pass
def g():
    pass
def h(a, b=1):
    pass
def k(a, *, b):
    pass
for call in (lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: k(1, 2), lambda: k(1, 2, b=3)):
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self):
        pass
try:
    C().m(1)
except TypeError as e:
    print(e)
f(1, 2, 3)
