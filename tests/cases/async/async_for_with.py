# async for over a class-based async iterator; async with ordering, break/return inside.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


async def main():
    async for x in Ticker(3):
        print("tick", x)
    else:
        print("else ran")
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("tick2", x)
    async with Res("a") as a, Res("b") as b:
        print("inside", a.name, b.name)
    try:
        async with Res("c"):
            raise KeyError("x")
    except KeyError:
        print("propagated")
    for i in range(2):
        async with Res(f"loop{i}"):
            if i == 0:
                continue
            break

    async def early():
        async with Res("ret"):
            async for x in Ticker(10):
                return x

    print("early", await early())


asyncio.run(main())
