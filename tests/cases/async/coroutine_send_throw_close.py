# Driving coroutines by hand: send/throw/close, state attributes, reuse errors.
import types


class Step:
    def __await__(self):
        got = yield "step"
        return got


async def inner(x):
    got = await Step()
    return x + got


async def outer():
    try:
        a = await inner(1)
    except KeyError as e:
        print("caught", repr(e))
        a = -1
    b = await inner(10)
    return (a, b)


c = outer()
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith("<coroutine object outer at 0x"))
print(c.cr_running, c.cr_suspended, c.cr_code.co_name, c.__name__, c.__qualname__)
print(c.send(None))
print(c.cr_suspended)
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(3)
except StopIteration as e:
    print("result", e.value)

c = outer()
c.send(None)
c.close()
print("closed", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

w = inner(2).__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send(40)
except StopIteration as e:
    print("wrapper result", e.value)


async def stopper():
    raise StopIteration(3)


try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def ignorer():
    try:
        await Step()
    except GeneratorExit:
        print("ignoring")
    await Step()


c = ignorer()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    iter(outer())
except TypeError as e:
    print("TypeError:", e)
