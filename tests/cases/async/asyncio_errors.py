# Exceptions through tasks and gather; asyncio.run argument checks.
import asyncio


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")


async def fine(n):
    await asyncio.sleep(0)
    return n


async def main():
    try:
        await asyncio.gather(fine(1), boom(2), fine(3))
    except ValueError as e:
        print("gather raised", e)
    res = await asyncio.gather(fine(1), boom(2), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])
    t = asyncio.create_task(boom(3))
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), type(t.exception()).__name__)


asyncio.run(main())

try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)


async def bad_await():
    await 5


try:
    asyncio.run(bad_await())
except TypeError as e:
    print("TypeError:", e)

try:
    asyncio.run(boom(9))
except ValueError as e:
    print("run raised", e)
