# heron: stderr=full
def cleanup():
    raise OSError("cleanup failed")
try:
    raise KeyError("original")
except KeyError:
    cleanup()
