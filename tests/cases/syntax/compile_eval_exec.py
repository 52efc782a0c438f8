bad = [
    "x = (1, 2",
    "1 +",
    "def f(:\n  pass",
    "return 5",
    "a b c",
    "if x\n  pass",
    "for i in range(3):\nprint(i)",
    "x = 5 = y",
    "f(**k, *a)",
    "'abc",
    "None = 1",
    "def f():\n\tx = 1\n        return x",
]
for src in bad:
    try:
        compile(src, "<case>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
