def use(path):
    with open(path) as f:
        return f.read()

def nested():
    with a() as x, b() as y:
        work(x, y)
    with c():
        pass

def in_loop(items):
    for i in items:
        with lock:
            if i:
                continue
            break
