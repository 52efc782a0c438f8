class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
try:
    with CM("c"), CM("d", fail_enter=True), CM("e"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
