import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd["k%d" % o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd["k2"], wvd.get("zz", "default"))
del o
del objs[1]
print(len(wvd), "k1" in wvd, sorted(wvd))
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)
objs.clear()
print(len(wvd), list(wvd.items()))

keys = [Obj(i) for i in range(3)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[keys[1]], keys[2] in wkd, sorted(wkd.values()))
del k
del keys[0]
print(len(wkd), sorted(o.n for o in wkd))
keys = None
print(len(wkd))

items = [Obj(i) for i in range(4)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Obj(9) in ws)
items.pop()
print(len(ws), sorted(o.n for o in ws))
ws.discard(items[0])
print(len(ws))
del items
print(len(ws), list(ws))
