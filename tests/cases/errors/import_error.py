# Uncaught ModuleNotFoundError
import math
import sys
print(math.__name__, "math" in sys.modules)
try:
    import another_missing_module
except ImportError as e:
    print(type(e).__name__, e.name, issubclass(ModuleNotFoundError, ImportError))
print("importing")
import heron_module_that_does_not_exist
print("never printed")
