print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("a = 5\ndef f(b):\n    return a + b\n", ns)
print(ns["a"], ns["f"](10))
print(sorted(k for k in ns if k != "__builtins__"))
code = compile("y = 7", "<str>", "exec")
g = {}
exec(code, g)
print(g["y"], type(code).__name__)
print(eval(compile("40 + 2", "<e>", "eval")))
loc = {"z": 3}
exec("w = z + 1", {}, loc)
print(loc)
print(eval("[i * i for i in range(4)]"))
r = exec("1 + 1")
print(r)
try:
    eval("a = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing + 1")
except NameError as e:
    print("NameError:", e)
