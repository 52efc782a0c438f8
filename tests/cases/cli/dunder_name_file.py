import os
print(__name__)
print(os.path.basename(__file__))
print(__file__.endswith("dunder_name_file.py"))
print(__doc__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
print(__package__, __spec__)
