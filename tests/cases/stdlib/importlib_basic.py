import importlib.util
import importlib
m = importlib.import_module('functools')
print(m.__name__, m.reduce(lambda a, b: a + b, [1, 2, 3]))
c = importlib.import_module('collections.abc')
print(c.__name__)
import mod_imp_counter
mod_imp_counter.count += 5
r = importlib.reload(mod_imp_counter)
print(r is mod_imp_counter, r.count)
try:
    importlib.import_module('no_such_mod_xyz')
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print("TypeError:", e)
print(importlib.util.cache_from_source("mod.py"), importlib.util.cache_from_source("/a/b/pkg.py"), importlib.util.source_from_cache("x/__pycache__/m.cpython-311.pyc"))
print(importlib.util.resolve_name('.sub', 'pkg'), importlib.util.resolve_name('abs', None))
