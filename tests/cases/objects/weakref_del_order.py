import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "ref alive during __del__:", wr() is not None)


t = Tracked("t")
wr = weakref.ref(t, lambda r: print("callback, ref dead:", r() is None))
del t
print("after del")


class Holder:
    pass


h = Holder()
h.child = Holder()
wc = weakref.ref(h.child, lambda r: print("child gone"))
wh = weakref.ref(h, lambda r: print("holder gone"))
del h
print("end", wc(), wh())
