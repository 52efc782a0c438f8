from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("k")
print("after b")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", repr(e))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def work():
    print("working")
work()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

with ExitStack() as stack:
    stack.callback(print, "cb1")
    a = stack.enter_context(tag("x"))
    stack.callback(print, "cb2", end="!\n")
    print("in stack", a)

with ExitStack() as stack:
    stack.callback(print, "never")
    s2 = stack.pop_all()
print("popped")
s2.close()

try:
    with ExitStack() as stack:
        stack.push(lambda *a: print("exit saw", a[0].__name__))
        raise IndexError("ie")
except IndexError:
    print("IndexError propagated")

class Sup:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("suppressing", a[0].__name__)
        return True
with ExitStack() as stack:
    stack.enter_context(Sup())
    raise OSError("os")
print("ok")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

def bad_cb():
    raise ValueError("from cb")
try:
    with ExitStack() as stack:
        stack.callback(bad_cb)
        raise KeyError("orig")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration propagated", e)
