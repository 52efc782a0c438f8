# Thread names (3.11 default "Thread-N (target)"), current_thread, main_thread, enumerate.
import threading


def target():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(), me in threading.enumerate()))


def other():
    pass


seen = []
main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon)
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
t1 = threading.Thread(target=target)
t2 = threading.Thread(target=other, name="custom")
t3 = threading.Thread(target=target, daemon=True)
t4 = threading.Thread()
print(t1.name, t2.name, t3.name, t4.name, t3.daemon)
for t in (t1, t3):
    t.start()
    t.join()
print(seen)
print(len(threading.enumerate()), threading.active_count())
t2.name = "renamed"
print(t2.name, t2.ident)
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
