# Seed: "Bytecode and Compilation / .pyc Files"
# Python automatically creates __pycache__/ directory
# with .pyc files
import importlib.util
print(importlib.util.cache_from_source("mod.py").startswith("__pycache__"))
