# Pattern syntax errors reported by the parser, checked through compile().
sources = [
    "match x:\n case 1 + 2:\n  pass",
    "match x:\n case 1j + 2:\n  pass",
    "match x:\n case -1j:\n  pass",
    "match x:\n case 1 as _:\n  pass",
    "match x:\n case _ as _:\n  pass",
    "match x:\n case int(x=1, 2):\n  pass",
    "match x:\n case C(a, b=c, d):\n  pass",
    "match x:\n case 1:\n  pass\n case 2 if:\n  pass",
    "match x:\n case -0j | 1 - 1j | -2.5 + 0.5j:\n  pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_offset})")
