# Uncaught ModuleNotFoundError
print("importing")
import heron_module_that_does_not_exist
