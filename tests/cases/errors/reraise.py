# A caught exception re-raised with bare raise keeps its message
def risky(k):
    raise KeyError(k)

for k in ["a", "b"]:
    try:
        risky(k)
    except KeyError as e:
        print("handled", repr(e))
try:
    risky("lost-key")
except KeyError as e:
    print("logging:", repr(e))
    raise
