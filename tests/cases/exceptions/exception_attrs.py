e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
e1 = KeyError("k")
print(str(e1), repr(e1), e1.args)
e0 = RuntimeError()
print(repr(str(e0)), repr(e0), e0.args)
print(str(IndexError("one")), repr(TypeError("a 'quoted' msg")))
try:
    raise OSError(2, "No such file")
except OSError as err:
    print(err.errno, err.strerror, str(err))
try:
    [].pop()
except IndexError as err:
    print(err.args)
x = Exception("a", "b")
x.extra = "attr"
print(x.extra, len(x.args))
print(isinstance(e, Exception), isinstance(e, BaseException))
print(StopIteration(5).value, SystemExit(3).code)
