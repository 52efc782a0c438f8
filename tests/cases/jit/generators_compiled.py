# Generators whose code is compiled: each runs from one yield to the next in compiled code,
# the frame is suspended by the interpreter and resumed into compiled code after the yield.
# Everything a Python program can see of a suspended generator must be what CPython shows.
import gc
import inspect
import sys

N = 3000


def counted(n):
    total = 0
    for i in range(n):
        total += i * 3
        yield total


print("counted", sum(counted(N)), list(counted(5)))


def mixed(n):
    # A local that changes type between yields, and a float accumulator.
    x = 1
    acc = 0.5
    for i in range(n):
        if i == n // 2:
            x = 2.5
        acc = acc * 1.0001 + x
        yield x
    yield acc


vals = list(mixed(N))
print("mixed", vals[0], vals[N // 2], round(vals[-1], 6), len(vals))


def echo():
    # send() with values of every kind; the sent value is pushed on resume.
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)


g = echo()
next(g)
for k in range(N):
    g.send(k if k % 3 else (k * 0.5 if k % 2 else str(k)))
try:
    g.send(None)
except StopIteration as e:
    r = e.value
    print("echo", len(r), r[:7], type(r[3]).__name__, type(r[6]).__name__)


def guarded(n):
    # throw() into a suspended generator, caught inside it; close() runs finally.
    caught = 0
    try:
        for i in range(n):
            try:
                yield i
            except KeyError as e:
                caught += 1
                yield "caught %s %d" % (e.args[0], caught)
    finally:
        print("guarded finally, caught", caught)


g = guarded(N)
out = []
for i in range(N // 2):
    out.append(next(g))
    if i % 500 == 0:
        out.append(g.throw(KeyError("k%d" % i)))
print("guarded", out[:4], out[-1], len(out))
print("state before close", inspect.getgeneratorstate(g))
g.close()
print("state after close", inspect.getgeneratorstate(g))


def exit_handler():
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("GeneratorExit at", i)
        raise


g = exit_handler()
for _ in range(N):
    next(g)
del g
gc.collect()


def raising(n):
    for i in range(n, -1, -1):
        yield 100 // i


try:
    s = 0
    for v in raising(N):
        s += v
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("raising", s, type(e).__name__, e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


def introspected(n):
    a = 7
    b = "text"
    for i in range(n):
        c = i * 2
        yield sys._getframe().f_lineno


g = introspected(N)
lines = set()
for _ in range(N - 1):
    lines.add(next(g))
fr = g.gi_frame
print("introspected", sorted(lines), fr.f_lineno, sorted(fr.f_locals.items()))
print("running?", g.gi_running, inspect.getgeneratorstate(g))


def self_running():
    for i in range(N):
        yield me.gi_running


me = self_running()
print("gi_running inside", all(me))


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder(n):
    t = Tracked("held")
    for i in range(n):
        yield t


g = holder(N)
for _ in range(N - 10):
    obj = next(g)
print("refcount while suspended", sys.getrefcount(obj))
del obj
print("before dropping the generator")
del g
print("after dropping the generator")


def over_list(items):
    # A list iterated across yields while the consumer appends to it.
    for x in items:
        yield x


data = list(range(10))
seen = []
for x in over_list(data):
    seen.append(x)
    if len(data) < N:
        data.append(len(data))
print("over_list", len(seen), seen[-3:])


def place(n, row, cols):
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols:
            continue
        cols.add(col)
        for rest in place(n, row + 1, cols):
            yield (col,) + rest
        cols.discard(col)


perms = list(place(6, 0, set()))
print("place", len(perms), perms[0], perms[-1])


def unbinds(n):
    for i in range(n):
        x = i
        if i == n - 1:
            del x
        yield i
        if i == n - 1:
            print(x)


try:
    for v in unbinds(N):
        pass
except UnboundLocalError as e:
    print("unbinds", e)


def inner(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def outer(n):
    r = yield from inner(n)
    yield "done %d" % r


g = outer(N)
next(g)
for i in range(N - 1):
    g.send(2)
print("yield from", g.send(2))

SCALE = 2


def scaled(n):
    for i in range(n):
        yield i * SCALE


g = scaled(N)
first = [next(g) for _ in range(N // 2)]
SCALE = 0.5
rest = list(g)
print("scaled", first[-1], rest[0], rest[-1])


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)
        return False


def managed(n):
    with Managed():
        for i in range(n):
            yield i


g = managed(N)
for _ in range(N // 2):
    next(g)
g.close()

squares = (i * i for i in counted(N) if i % 2)
print("genexpr", sum(squares))
print("genexpr closure", sum(x * SCALE for x in range(N)))

