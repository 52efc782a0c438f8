# Uncaught TypeError: object is not callable
handlers = {"a": print, "b": 42}
handlers["a"]("calling a")
handlers["b"]("calling b")
