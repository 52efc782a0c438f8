# Reference counts and __del__ timing are the interpreter's under the JIT.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def churn(n):
    for i in range(n):
        x = Noisy("a%d" % i) if i % 500 == 0 else i
        if i % 500 == 0:
            print("made", i)
    print("loop done")

churn(1500)

def counts(obj, n):
    c = []
    for i in range(n):
        c.append(sys.getrefcount(obj))
        y = obj
        c.append(sys.getrefcount(obj))
        del y
    return c[:4], c[-2:]

o = object()
print(counts(o, 2000))

def temporaries(n):
    for i in range(n):
        t = [Noisy("t%d" % i)] if i in (10, 1990) else None
        t = None
    print("temps done")

temporaries(2000)

def args_keep(a, b):
    return sys.getrefcount(a) - sys.getrefcount(b)

s1 = object()
s2 = object()
lst = [s1]
print([args_keep(s1, s2) for _ in range(1200)][-1])

def drop_in_loop(n):
    keep = Noisy("kept")
    for i in range(n):
        if i == n - 1:
            keep = None
            print("after rebinding")
    print("end")

drop_in_loop(1200)
