# ast.parse + ast.dump: CPython 3.11's node classes, fields and dump layout.
import ast

for src in [
    "x = 1 + 2",
    "a.b[c] = -d ** 2",
    "def f(a, b=2, *c, d, **e):\n    return a if b else c\n",
    "for i in range(3):\n    if i: break\n    elif i > 1: continue\n    else: pass\n",
    "class C(B, metaclass=M):\n    x: int = 0\n",
    "try:\n    import os.path as p\nexcept (E, F) as e:\n    raise X from e\nfinally:\n    del y\n",
    "with open(f) as g, h:\n    global q\n    lambda x, *, y=1: (yield x)\n",
    "{1: 'a', **d}; [*a, b]; {a for a in b if a}; {k: v for k, v in x}",
    "while not x < y <= z: x += 1\nelse: assert x, 'msg'",
    "from . import a as b, c",
    "f'{x!r:>{w}} and {y}'",
    "x = ...; y = None; z = True; w = b'by'; v = 1.5; u = 2j",
    "s[1:2, ::3]",
]:
    print(ast.dump(ast.parse(src)))

print(ast.dump(ast.parse("1 + x", mode="eval")))
print(ast.dump(ast.parse("f(a, *b, c=1, **d)"), indent=2))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False))
print(ast.dump(ast.parse("x = 1"), include_attributes=True))
