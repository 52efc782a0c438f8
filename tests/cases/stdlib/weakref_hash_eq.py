import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = K(1), K(1), K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra == rc, ra != rc, ra is rb)
print(hash(ra) == hash(a), hash(ra) == hash(rb))
print(ra == a, ra == 1)
h = hash(rc)
del c
print(hash(rc) == h)          # the hash is remembered after death
print(rc == rc, rc == ra)     # dead references compare by identity
d = {ra: "a"}
print(d[rb])                  # equal live referents make equal keys
s = {ra, rb}
print(len(s))
