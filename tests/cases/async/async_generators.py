# Asynchronous generators: async for, asend/athrow/aclose basics.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


async def echo():
    received = None
    try:
        while True:
            received = yield received
    finally:
        print("echo cleanup")


async def main():
    async for v in countdown(3):
        print("v", v)
    out = []
    async for v in countdown(4):
        out.append(v)
        if v == 2:
            break
    print(out)
    g = echo()
    print(type(g).__name__, repr(g).startswith("<async_generator object echo at"))
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.asend("world"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

    async def raiser():
        try:
            yield 1
        except ValueError as e:
            print("athrow got", e)
            yield 2

    r = raiser()
    print(await r.__anext__())
    print(await r.athrow(ValueError("inject")))
    try:
        await r.__anext__()
    except StopAsyncIteration:
        print("done")


asyncio.run(main())
