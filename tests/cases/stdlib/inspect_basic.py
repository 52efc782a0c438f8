import inspect, functools

def f(a, b: int = 2, *args, c, d='x', **kw) -> str:
    """Doc line.

        indented
    """
    return ''
def g(x, /, y, *, z=3): pass
def gen():
    yield 1
    yield 2
class K:
    def __init__(self, p, q=1): pass
    def m(self, r): pass
    def __call__(self, s, t=0): pass

print(inspect.signature(f), inspect.signature(g), inspect.signature(K), inspect.signature(K(0).m), inspect.signature(K(0)))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(functools.partial(f, 1)))
sig = inspect.signature(f)
print(list(sig.parameters), sig.parameters['b'].default, sig.parameters['b'].annotation, sig.return_annotation, sig.parameters['args'].kind)
print(sig.parameters['c'].default is inspect.Parameter.empty, str(sig.parameters['kw'].kind))
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(K), inspect.ismethod(K(0).m), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.isroutine(f))
gg = gen()
next(gg)
print(inspect.getgeneratorstate(gg))
list(gg)
print(inspect.getgeneratorstate(gg))
print(inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
@functools.wraps(f)
def w(*a, **k): pass
print(inspect.signature(w), inspect.unwrap(w) is f)
print(inspect.isabstract(K), inspect.getmodule(f).__name__)
