# Uncaught AttributeError on a module
import math
print(math.floor(2.5), math.ceil(2.5))
print(hasattr(math, "floor"), hasattr(math, "flor"))
print(getattr(math, "flor", None))
try:
    math.nonexistent_function()
except AttributeError as e:
    print("caught:", e)
print(math.flor(2.5))
