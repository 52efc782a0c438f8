# A coroutine that is never awaited: RuntimeWarning on stderr when it is freed.
async def lonely():
    return 1


lonely()
print("after")
