src = """
def f():
    def g():
        nonlocal missing
        missing = 1
    return g
"""
try:
    compile(src, "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
src2 = """
def f(x):
    global x
"""
try:
    compile(src2, "<src2>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src3 = """
def f():
    x = 1
    global x
"""
try:
    compile(src3, "<src3>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
