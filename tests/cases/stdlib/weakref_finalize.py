import weakref


class Resource:
    pass


def cleanup(name, tag=None):
    print("cleanup", name, tag)
    return "result-" + name


r = Resource()
f = weakref.finalize(r, cleanup, "r", tag="t")
print(f.alive, f.atexit)
del r
print(f.alive)
print(f())                # already called: returns None

r2 = Resource()
f2 = weakref.finalize(r2, cleanup, "r2")
print(f2())               # explicit call runs it once
print(f2(), f2.alive)
del r2

r3 = Resource()
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is cleanup, args, kwargs, f3.alive)
del r3, obj
print("detached: nothing ran")

r4 = Resource()
f4 = weakref.finalize(r4, cleanup, "at exit")
r5 = Resource()
f5 = weakref.finalize(r5, cleanup, "not at exit")
f5.atexit = False
print("end of script")
