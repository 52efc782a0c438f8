# An exception in a thread is reported by threading.excepthook ("Exception in thread NAME:"
# and a traceback on stderr); the program continues.
import sys
import threading


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def fail():
    raise ValueError("bad value in thread")


real = sys.stderr
sys.stderr = Collect()
t = threading.Thread(target=fail)
t.start()
t.join()
captured = sys.stderr
sys.stderr = real
lines = "".join(captured.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-2:])
print("main continues", t.is_alive())

caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fail, name="hooked")
t.start()
t.join()
print(caught)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
