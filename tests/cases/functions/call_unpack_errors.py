def f(*args, **kwargs):
    return args, kwargs
for call in (
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: f(*None),
    lambda: f(**{"a": 1}, a=2),
    lambda: f(1, *[2], **{"k": 3}),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def g(a, b):
    return a, b
try:
    g(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    g(**{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError:", e)
print(g(*(x for x in "xy")))
