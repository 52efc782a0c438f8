def f(a, b=2):
    pass
try:
    f(1, z=3)
except TypeError as e:
    print(e)
try:
    f(1, a=1)
except TypeError as e:
    print(e)
def p(a, b, /):
    pass
try:
    p(a=1, b=2)
except TypeError as e:
    print(e)
def q(a, /):
    pass
try:
    q(a=1)
except TypeError as e:
    print(e)
def k(*, k):
    pass
try:
    k()
except TypeError as e:
    print(e)
def kk(*, k1, k2):
    pass
try:
    kk()
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
f(1, b=2, c=3)
