# Uncaught TypeError: object is not callable
handlers = {"a": print, "b": 42, "c": len}
print(callable(handlers["a"]), callable(handlers["b"]), callable(handlers["c"]))
handlers["a"]("calling a")
print(handlers["c"]("four"))
try:
    label = "text"
    label()
except TypeError as e:
    print("caught:", e)
for key in sorted(handlers):
    print("calling", key)
    handlers[key]("x")
