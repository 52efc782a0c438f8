# A daemon thread blocked forever does not keep the program alive; non-daemon threads finish
# before exit.
import threading
import time

block = threading.Event()
done = []


def forever():
    block.wait()


def late():
    time.sleep(0.05)
    print("non-daemon finished")


d = threading.Thread(target=forever, daemon=True)
d.start()
print(d.daemon, d.is_alive())
n = threading.Thread(target=late)
n.start()
print("main body done")
