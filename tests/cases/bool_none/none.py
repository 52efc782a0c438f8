# None semantics and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0)
print(None == 0, None == False, None == '', None is not None, bool(None))
def f():
    pass
print(f(), f() is None, print() is None)
print([None, None], (None,), {None: None}, {None: 1}[None])
print(hash(None) == hash(None), isinstance(None, type(None)), type(None)() is None)
t(lambda: None < 1)
t(lambda: None < None)
t(lambda: 1 > None)
t(lambda: None >= 'a')
t(lambda: None + 1)
t(lambda: 1 + None)
n = None
t(lambda: n[0])
t(lambda: None.foo)
t(lambda: n())
t(lambda: len(None))
t(lambda: iter(None))
t(lambda: sorted([3, None, 1]))
t(lambda: max(None, 2))
t(lambda: -None)
t(lambda: None.__class__.__name__)
x = None
print(x or "default", x and "never", "yes" if x is None else "no")
print(sorted([None]), [1, None].index(None), [None, 1, None].count(None))
t(lambda: sorted([None, None]))
t(lambda: min([None, None]))
print(max([None]), min([None]), sorted([None], key=lambda v: 0))
