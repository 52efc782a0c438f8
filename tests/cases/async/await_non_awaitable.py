# Awaiting things that are not awaitable; bad __await__ results; async with/for misuse.
class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return helper()


async def helper():
    return 1


async def aw(x):
    return await x


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


for obj in [1, "s", None, BadAwait(), [1]]:
    try:
        run(aw(obj))
    except TypeError as e:
        print("TypeError:", e)

c = helper()
try:
    run(aw(CoroAwait()))
except TypeError as e:
    print("TypeError:", e)
c.close()


async def bad_with():
    async with 5:
        pass


async def bad_for():
    async for x in [1, 2]:
        pass


for f in (bad_with, bad_for):
    try:
        run(f())
    except TypeError as e:
        print("TypeError:", e)


async def reused():
    c = helper()
    await c
    await c


try:
    run(reused())
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    yield from helper()


try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)

run(aw(3))
