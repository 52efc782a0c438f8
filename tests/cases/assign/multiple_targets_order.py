log = []
class Rec(dict):
    def __setitem__(self, k, v):
        log.append((k, v))
        super().__setitem__(k, v)
r = Rec()
r["a"] = r["b"] = 1
print(log)
x = [0, 0]
i = 0
i = x[i] = 1
print(i, x)
def val():
    log.append("rhs")
    return (3, 4)
log.clear()
r["c"], r["d"] = val()
print(log)
