try:
    compile("x = (1,\n     2,\n", "snippet.py", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.filename, e.lineno, e.offset)
    print(type(e).__mro__[1].__name__)
try:
    compile("if True:\npass", "ind.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("  x = 1", "ind2.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f():\n    return\n  x")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
