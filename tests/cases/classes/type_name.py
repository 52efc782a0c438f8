class Widget:
    pass
w = Widget()
print(type(w).__name__, w.__class__.__name__, type(w).__qualname__)
print(type(w).__module__, Widget.__module__)
for v in (1, 1.5, "s", b"b", [], (), {}, set(), None, True, 1j, range(1), len, Widget, type):
    print(type(v).__name__, end=" ")
print()
class Outer:
    class Inner:
        pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(repr(Widget), repr(int), str(type(None)))
print(Widget.__name__, Widget.__class__.__name__)
