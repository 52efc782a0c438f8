def f(a, b):
    return a + b
def g(a, b, c):
    pass
for call in (lambda: f(1), lambda: g(), lambda: g(1), lambda: f(b=1)):
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
f(1)
