# asyncio scheduling order: run, create_task, gather, sleep(0) interleaving.
import asyncio


async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 3, log))
    t2 = asyncio.create_task(worker("b", 2, log))
    log.append("created")
    print(t1.done(), t2.done())
    await asyncio.sleep(0)
    log.append("main resumed")
    r = await t1
    print(r, await t2, t1.done(), t1.result())
    print(log)
    log.clear()
    res = await asyncio.gather(worker("x", 2, log), worker("y", 3, log), worker("z", 1, log))
    print(res)
    print(log)
    return "main done"


print(asyncio.run(main()))


async def child(i):
    print("child", i, "start")
    await asyncio.sleep(0)
    print("child", i, "end")
    return i * i


async def spawner():
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print("spawned")
    out = []
    for t in tasks:
        out.append(await t)
    return out


print(asyncio.run(spawner()))


async def nested_gather():
    async def inner(k):
        await asyncio.sleep(0)
        return [k, await asyncio.gather(child(k), child(k + 10))]
    return await asyncio.gather(inner(1), inner(2))


print(asyncio.run(nested_gather()))
print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))
c = child(0)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(1))
c.close()
