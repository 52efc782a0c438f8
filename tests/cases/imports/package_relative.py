from pkg_rel import a
print(a.value_a)
from pkg_rel.a import value_a
print(value_a)
import pkg_rel
print(sorted(n for n in dir(pkg_rel) if not n.startswith("__")))
print(pkg_rel.__name__, pkg_rel.__package__, a.__package__)
import os
print(os.path.basename(os.path.dirname(pkg_rel.__file__)), os.path.basename(pkg_rel.__file__))
print(len(pkg_rel.__path__), os.path.basename(pkg_rel.__path__[0]))
