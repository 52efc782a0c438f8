from __future__ import annotations
def f(a: Dict[str,int], b: "x" = None, *c: int, d: a|b|None, e: Callable[[int], str], **k: -1) -> Tuple[int, ...]: pass
def g(a: lambda x, *, y=1: x, b: [i for i in range(3) if i], c: {1: 2, **d}, e: (1,), f: x if y else z, g: not a and b or c) -> 1e400: pass
def h(a: x[1:2, ::3], b: await_ , c: f(*a, k=1, **kw), e: 1 .real, f: -x ** -y, g: (a, b), h: a < b <= c, i: 'it''s', j: b'\x00', k: ..., l: 1+2j) -> f"{x}": pass
x: List[ int ] = []
