# Queue, Lock, Event, Future, Task cancel, event loop API.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        print("got", item)
        if item is None:
            return got
        got.append(item)


async def queue_demo():
    q = asyncio.Queue()
    print(q.empty(), q.qsize())
    c = asyncio.create_task(consumer(q))
    await producer(q, 3)
    print(await c)


asyncio.run(queue_demo())


async def locker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + " out")


async def lock_demo():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(locker(lock, "a", log), locker(lock, "b", log), locker(lock, "c", log))
    print(log, lock.locked())


asyncio.run(lock_demo())


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")


async def event_demo():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "xy"]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("all released", ev.is_set())


asyncio.run(event_demo())


async def future_demo():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut, fut.done())

    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled(), t.done())


asyncio.run(future_demo())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print(loop.run_until_complete(add(2, 3)))
print(loop.run_until_complete(asyncio.gather(add(1, 1), add(2, 2))))
loop.close()
asyncio.set_event_loop(None)
print(loop.is_closed())
