def faulty():
    yield 1
    raise ValueError("boom in generator")
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "exhausted"))
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("generator caught", repr(e))
c = catcher()
next(c)
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("not caught"))
except ValueError as e:
    print("propagated:", e)
print(next(c, "dead"))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
for v in cleanup():
    print(v)
