class MyInt(int):
    pass


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyList(list):
    def total(self):
        return sum(self)


class MyDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value


class Counter(dict):
    def __missing__(self, key):
        return 0


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


x = MyInt(7)
x.label = "seven"
print(x, x + 1, x.label, type(x + 1).__name__, x.__dict__)
s = MyStr("hi")
s.lang = "en"
print(s, s.shout(), s.lang, s + "!", type(s + "!").__name__, vars(s))
f = MyFloat(2.5)
f.unit = "m"
print(f, f * 2, f.unit)
t = MyTuple((1, 2))
t.tag = "pair"
print(t, t.tag, len(t), t + (3,))
b = MyBytes(b"ab")
b.enc = "ascii"
print(b, b.enc)
l = MyList([1, 2, 3])
l.name = "nums"
l.append(4)
print(l, l.total(), l.name, type(l[:2]).__name__)
d = MyDict(a=1)
d.note = "memo"
print(d["a"], d["hello"], d, d.note, d.get("zz"), "zz" in d)
c = Counter()
c["x"] += 1
c["x"] += 1
print(c, c["y"], len(c))
try:
    raise MyError("bad thing", 42)
except MyError as e:
    e.extra = [1]
    print(e, e.code, e.args, e.extra, repr(e))
x.__dict__["direct"] = 1
print(x.direct, sorted(vars(x)))
try:
    (5).label = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".label = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Slotted(int):
    __slots__ = ()


try:
    Slotted(1).label = "x"
except AttributeError as e:
    print("AttributeError:", e)
