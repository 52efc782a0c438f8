def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed")
g = resource()
print(next(g))
g.close()
print(next(g, "after close"))
g.close()
def watcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
w = watcher()
next(w)
w.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
for v in resource():
    if v == 2:
        break
print("loop done")
never = resource()
never.close()
print("never started")
