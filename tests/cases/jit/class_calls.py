# Hot calls of classes whose instances come from object.__new__ and a Python __init__
# (compiled code makes the instance and calls __init__ directly): reference counts
# inside __init__, __del__ timing, __init__ returning a value or raising, __init__
# replaced and __new__ added mid-loop, the class rebound, a metaclass __call__, and
# recursion through __init__.
import sys


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tracked:
    def __init__(self, payload):
        self.payload = payload
        self.seen = (sys.getrefcount(self), sys.getrefcount(payload))


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        log.append(self.tag)


log = []


def make(n):
    t = 0
    for i in range(n):
        p = P(i, 2)
        t += p.x * p.y
    return t


def refs(n):
    o = object()
    out = None
    for i in range(n):
        out = Tracked(o).seen
    return out


def churn(n):
    for i in range(n):
        Noisy(i)
        if i % 100 == 99:
            log.append("mark")
    return len(log)


print(make(500), refs(500), churn(300), log[-4:])


class Bad:
    def __init__(self, v):
        self.v = v
        if v == 450:
            return 1


class Raises:
    def __init__(self, v):
        if v % 97 == 96:
            raise ValueError(v)
        self.v = v


def bad(n):
    made = 0
    for i in range(n):
        try:
            Bad(i)
            made += 1
        except TypeError as e:
            print("TypeError:", e)
    return made


def raises(n):
    caught = 0
    for i in range(n):
        try:
            Raises(i)
        except ValueError:
            caught += 1
    return caught


print(bad(500), raises(500))


class Patched:
    def __init__(self, v):
        self.v = v


def patched(n):
    t = 0
    for i in range(n):
        if i == 300:
            def init2(self, v):
                self.v = -v
            Patched.__init__ = init2
        if i == 400:
            Patched.__new__ = lambda cls, v: "made by __new__"
        r = Patched(i)
        t += r.v if isinstance(r, Patched) else 1000
    return t


print(patched(500))


def rebound(n):
    global P
    t = 0
    for i in range(n):
        if i == 250:
            class P:
                def __init__(self, x, y):
                    self.x = x * 10
                    self.y = y
        t += P(i, 1).x
    return t


print(rebound(400))


class Meta(type):
    calls = 0

    def __call__(cls, *args):
        Meta.calls += 1
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


def meta(n):
    return sum(WithMeta(i).v for i in range(n)), Meta.calls


print(meta(300))


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


def depth(n):
    try:
        Deep(n)
        return "ok"
    except RecursionError as e:
        return "RecursionError"


for _ in range(30):
    r = depth(20)
print(r, depth(100000))


# A class call whose result indexes a global list: the list (borrowed from the
# globals) must keep its count across the call's cold recursion-limit path.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


items = [10, 20, 30]
Index(0)  # calls of the class are seen before `pick` is compiled


def pick(i):
    return items[Index(1)] + i


print(sum(pick(i) for i in range(300)), sys.getrefcount(items))
