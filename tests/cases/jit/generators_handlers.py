# Compiled generators that yield inside an except handler (the exception state is on the
# stack and in sys.exc_info across the yield), in a finally block, in a with block whose
# __exit__ swallows an exception, and inside nested loops over a range, a list and a str.
import sys
def in_handler(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as e:
            x = yield ("in except", e.args[0], sys.exc_info()[0].__name__)
            yield ("after send", x, sys.exc_info()[0].__name__)
        yield ("after except", sys.exc_info()[0])

def in_finally(n):
    for i in range(n):
        try:
            if i % 2:
                raise KeyError(i)
        except KeyError:
            pass
        finally:
            yield ("finally", i)

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0]); return True

def in_with(n):
    for i in range(n):
        with CM():
            yield i
            if i == 2:
                raise RuntimeError("swallowed")
    yield "end"

def nested_loops(n):
    for a in range(n):
        for b in [1, 2, 3]:
            for c in "xy":
                yield (a, b, c)

def main():
    g = in_handler(3)
    out = [next(g)]
    out.append(g.send("S"))
    for v in g:
        out.append(v)
    print(out)
    print(list(in_finally(4)))
    print(list(in_with(4)))
    print(len(list(nested_loops(100))), list(nested_loops(1))[-2:])
    print(sys.exc_info())
for _ in range(3):
    main()
