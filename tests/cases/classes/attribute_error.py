class Foo:
    def __init__(self):
        self.x = 1
f = Foo()
try:
    f.bar
except AttributeError as e:
    print(e)
try:
    Foo.nothing
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    "s".upperr()
except AttributeError as e:
    print(e)
print(getattr(f, "bar", "default"), hasattr(f, "x"), hasattr(f, "y"))
f.bar
