alpha = 1
beta = "two"
def f(p, q=3):
    r = p + q
    loc = locals()
    return sorted(loc.items())
print(f(1))
g = globals()
mine = {k: g[k] for k in ("alpha", "beta") if k in g}
print(mine)
print("f" in g, "gamma" in g)
g["gamma"] = 3
print(gamma)
print(g["__name__"], globals() is g)
def loc_after():
    a = 1
    d = locals()
    b = 2
    return sorted(d)
print(loc_after())
print(locals() is globals())
class C:
    z = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
