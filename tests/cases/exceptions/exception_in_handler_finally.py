def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("from handler")
    finally:
        print("finally still runs")
try:
    f()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def g():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    g()
except RuntimeError as e:
    print("got", e, e.__context__)
