class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
import contextlib
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("contextlib.suppress ok")
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    finally:
        print("</" + name + ">")
with tag("div") as t:
    print("inside", t)
