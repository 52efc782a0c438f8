counter = 0
class Tracker:
    global counter
    counter = 5
    local_attr = "class attr"
print(counter, hasattr(Tracker, "counter"), Tracker.local_attr)
def outer():
    value = "outer value"
    class Inner:
        seen = value
        def method(self):
            return value
        def change(self):
            nonlocal value
            value = "changed"
    i = Inner()
    i.change()
    return Inner.seen, i.method(), value
print(outer())
def shadow():
    x = "function x"
    class C:
        x = "class x"
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(shadow())
