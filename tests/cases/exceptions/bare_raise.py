def risky():
    raise LookupError("orig")
try:
    try:
        risky()
    except LookupError:
        print("handling, re-raising")
        raise
except LookupError as e:
    print("outer got", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        raise
try:
    reraise_after()
except Exception as e:
    print(type(e).__name__, e)
