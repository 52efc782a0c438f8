print("before class")
class K:
    print("executing class body")
    a = 1
    b = a * 2
    for i in range(3):
        b += i
    def m(self):
        return "m"
    del i
print("after class")
print(K.a, K.b, hasattr(K, "i"), K().m())
print(sorted(k for k in K.__dict__ if not k.startswith("__")))
Dyn = type("Dyn", (K,), {"c": 3, "m": lambda self: "dyn"})
d = Dyn()
print(Dyn.__name__, d.a, d.c, d.m(), isinstance(d, K))
