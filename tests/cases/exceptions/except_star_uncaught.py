# heron: stderr=full
# An exception raised in an except* handler combined with the unhandled rest, uncaught.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("from handler")
