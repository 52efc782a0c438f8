# Hot attribute sites on __slots__ instances: slot loads/stores at an index, a site
# that sees slotted and dict instances, a slot deleted mid-loop (AttributeError from
# compiled code), a subclass adding a dict, and the slot member replaced by a property
# while the loop runs (the type version changes: sites must stop using the index).
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(ps):
    t = 0
    for p in ps:
        t += p.x * 2 + p.y
    return t


def bump(ps, k):
    for p in ps:
        p.x = p.x + k


ps = [P(i, 1) for i in range(40)]
mixed = [P(i, 2) if i % 3 else D(i, 3) for i in range(40)]
for r in range(200):
    a = total(ps)
    b = total(mixed)
    bump(ps, 1)
print(a, b, ps[0].x)

q = Q(5, 6)
q.extra = 7
print(total([q] * 10), q.__dict__)

missing = [P(i, 1) for i in range(30)]
del missing[17].y
errors = 0
for r in range(50):
    try:
        total(missing)
    except AttributeError as e:
        errors += 1
        msg = str(e)
print(errors, msg)

events = []
for r in range(300):
    if r == 250:
        P.x = property(lambda self: 1000, lambda self, v: events.append(v))
    t = total(ps[:5])
    bump(ps[:2], 1)
print(t, len(events), events[:3])
print(P.__dict__["y"].__get__(ps[3]))
