import traceback
def inner():
    raise ValueError("tb test")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([f.name for f in frames])
    print([f.lineno for f in frames])
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print(n)
