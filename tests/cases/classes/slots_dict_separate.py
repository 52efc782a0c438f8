# A slotted class's slot values are not in the __dict__ of its instances (a subclass's
# instance dict, or the dict of a class that lists "__dict__" in its slots).


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class W(V):
    pass


w = W(1, 2)
w.z = 3
print(sorted(w.__dict__))


class P:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


print(P().__dict__)
