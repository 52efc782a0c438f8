# Module-level __getattr__ and __dir__ (PEP 562), module objects made by ModuleType
import mod_lazy_attrs as m
print(m.eager, m.lazy_thing, getattr(m, 'lazy_x'), m._calls)
print(hasattr(m, 'missing'), getattr(m, 'missing', 'default'), m._calls)
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)
print(dir(m))
from mod_lazy_attrs import lazy_imported
print(lazy_imported)
try:
    from mod_lazy_attrs import not_lazy
except ImportError as e:
    print('ImportError:', e.name, 'mod_lazy_attrs' in str(e))
ModuleType = type(m)
made = ModuleType('made_up', 'Its doc.')
print(made.__name__, made.__doc__, made.__dict__['__name__'], repr(made))
made.x = 1
print(made.x, sorted(k for k in dir(made) if not k.startswith('__')))
import math
try:
    math.not_there
except AttributeError as e:
    print('AttributeError:', e)
