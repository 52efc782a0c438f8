def outer(x):
    y = 1
    def inner(a, b, /, c, *args, d, **kw):
        z = x + y + a
        return len(z) + helper
    return inner
fn = outer(1)
co = fn.__code__
print(co.co_name)
print(co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)
print(co.co_freevars, co.co_cellvars)
print(co.co_names)
oc = outer.__code__
print(oc.co_name, oc.co_argcount, oc.co_varnames, oc.co_cellvars, oc.co_freevars)
def simple(p, q=1):
    r = p + q
    return r
sc = simple.__code__
print(sc.co_argcount, sc.co_varnames, sc.co_nlocals, sc.co_names)
print(type(co).__name__, sc.co_filename.endswith("code_attrs.py"))
def g(*, k): return k
print(g.__code__.co_argcount, g.__code__.co_kwonlyargcount, g.__code__.co_varnames)
