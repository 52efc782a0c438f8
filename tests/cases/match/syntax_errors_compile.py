# Compile-time errors of match statements, checked through compile().
sources = [
    "match x:\n case a:\n  pass\n case b:\n  pass",
    "match x:\n case _:\n  pass\n case 1:\n  pass",
    "match x:\n case [a, a]:\n  pass",
    "match x:\n case {'k': a, 'j': a}:\n  pass",
    "match x:\n case [a] | (b):\n  pass",
    "match x:\n case (a as b) | 2:\n  pass",
    "match x:\n case a | 2:\n  pass",
    "match x:\n case _ | 2:\n  pass",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass",
    "match x:\n case {1: 1, True: 2}:\n  pass",
    "match x:\n case {1: 1, 1.0: 2}:\n  pass",
    "match x:\n case [*a, *b]:\n  pass",
    "match x:\n case C(x=1, x=2):\n  pass",
    "match x:\n case __debug__:\n  pass",
    "match x:\n case [a, *a]:\n  pass",
    "match x:\n case {'a': a, **a}:\n  pass",
    "match x:\n case (a as a):\n  pass",
    "match x:\n case [a] | [b] as c:\n  pass",
    "match x:\n case [a, b] | [b, a]:\n  pass",
    "match x:\n case a if a:\n  pass\n case b:\n  pass",
    "match x:\n case 1 | a:\n  pass\n case 2:\n  pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
