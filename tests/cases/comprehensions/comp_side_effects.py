log = []
def src():
    log.append("src")
    return [1, 2, 3]
def cond(v):
    log.append(f"cond{v}")
    return v != 2
def val(v):
    log.append(f"val{v}")
    return v * 10
print([val(v) for v in src() if cond(v)])
print(log)
log.clear()
g = (val(v) for v in src())
print(log)
print(next(g), log)
