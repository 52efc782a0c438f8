# split / subgroup with types, tuples and predicates; metadata is copied.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for s in e.exceptions for x in leaves(s)]
    return [e]


eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
    OSError("os"),
])
eg.__cause__ = RuntimeError("cause")
eg.add_note("a note")

m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__cause__ is eg.__cause__, m.__notes__, r.message)
print(leaves(m), leaves(r))

m, r = eg.split((KeyError, OSError))
print(repr(m), repr(r))

m, r = eg.split(lambda e: isinstance(e, Exception) and not isinstance(e, BaseExceptionGroup)
                and e.args[0] in (2, 4))
print(repr(m))
print(repr(r))

print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(ZeroDivisionError))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(ArithmeticError))
for bad in [1, "x", (ValueError, 1)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)


class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)


dg = Derived("d", [ValueError(1), TypeError(2)])
m, r = dg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
