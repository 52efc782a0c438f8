# yield from in compiled generators: SEND into a generator, a list and a range, values
# sent through, return values, throw() and close() delegated to the inner generator,
# and the TypeError for a non-iterable.
def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def outer(n):
    r = yield from inner(n)
    r2 = yield from [10, 20]
    r3 = yield from range(3)
    yield ("done", r, r2, r3)

def chain(*sources):
    for s in sources:
        yield from s

class Boom(Exception): pass

def catcher():
    try:
        yield from inner(10)
    except Boom as e:
        yield "caught %s" % e

def main():
    print(list(outer(5)))
    g = outer(5)
    next(g)
    print([g.send(k) for k in range(4)], next(g), next(g))
    print(sum(chain(range(10), map(lambda x: x * x, range(50)), filter(lambda x: x & 1, range(100)))))
    c = catcher()
    next(c); next(c)
    print(c.throw(Boom("x")))
    c2 = catcher(); next(c2); c2.close(); print("closed")
    def sub():
        try:
            yield 1
            yield 2
        finally:
            print("sub finally")
    def deleg():
        yield from sub()
    d = deleg(); next(d); d.close()
    try:
        def bad():
            yield from 5
        list(bad())
    except TypeError as e:
        print(e)
for _ in range(200):
    main() if _ == 199 else (list(outer(5)), sum(chain(range(10))))
