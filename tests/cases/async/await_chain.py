# Chains of awaits, return values, exceptions crossing coroutine frames, custom awaitables.
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return iter([])  # finishes at once, returns None

class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("pause", self.v)
        return self.v * 2


async def leaf(n):
    r = await Value(n)
    await Ready(0)
    return r + 1


async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def failing():
    await Value(1)
    raise ValueError("deep failure")


async def top():
    print("middle", await middle(3))
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    x = await middle(1)
    return x


def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as e:
        print("yields", log)
        return e.value


print("result", run(top()))


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


print("depth", run(deep(50)))


async def uses_with():
    class CM:
        async def __aenter__(self):
            print("enter")
            await Value(7)
            return "as-value"

        async def __aexit__(self, t, v, tb):
            print("exit", t.__name__ if t else None, v)
            await Value(8)
            return True

    async with CM() as v:
        print("body", v)
    async with CM():
        raise KeyError("swallowed")
    print("after")
    return "done"


print(run(uses_with()))
