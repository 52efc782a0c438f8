import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class WithDel(Node):
    def __del__(self):
        print("__del__", self.name, "weakref dead:", wr_del() is None)


a = Node("a")
b = Node("b")
a.other, b.other = b, a
events = []
wa = weakref.ref(a, lambda r: events.append("cb a"))
wb = weakref.ref(b)
del a, b
print(wa() is not None, wb() is not None)   # a cycle keeps them alive
n = gc.collect()
print(n >= 2, wa(), wb(), events)

# weak references are cleared before finalizers run
d = WithDel("d")
d.other = d
wr_del = weakref.ref(d, lambda r: print("callback before __del__"))
del d
gc.collect()
print("collected")

print("end")
