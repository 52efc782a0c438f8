# Real (small) delays: timers fire in deadline order; wait_for timeouts.
import asyncio
import time


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name


async def main():
    log = []
    start = time.monotonic()
    res = await asyncio.gather(sleeper("slow", 0.05, log), sleeper("fast", 0.01, log),
                               sleeper("mid", 0.03, log))
    elapsed = time.monotonic() - start
    print(res, log, 0.04 < elapsed < 1.0)
    print(await asyncio.sleep(0.001, result="slept"))
    try:
        await asyncio.wait_for(sleeper("never", 1.0, log), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out", log)
    print(await asyncio.wait_for(sleeper("quick", 0.001, log), timeout=1))
    return "ok"


print(asyncio.run(main()))
