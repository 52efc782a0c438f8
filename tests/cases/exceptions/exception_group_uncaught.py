# heron: stderr=full
# The boxed traceback of an uncaught, nested exception group.
def fail():
    raise ValueError("inner")


try:
    fail()
except ValueError as e:
    first = e
print("raising")
raise ExceptionGroup("outer", [
    first,
    ExceptionGroup("nested", [TypeError("t"), KeyError("k")]),
    OSError("plain"),
])
