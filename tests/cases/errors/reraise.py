# A caught exception re-raised with bare raise keeps its message
def risky():
    raise KeyError("lost-key")

try:
    risky()
except KeyError as e:
    print("logging:", repr(e))
    raise
