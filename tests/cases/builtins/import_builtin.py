# __import__ and the import of standard modules
m = __import__('math')
print(m.__name__, m.sqrt(16), m is __import__('math'))
os_path = __import__('os.path')
print(os_path.__name__, hasattr(os_path, 'path'))
cm = __import__('collections.abc', fromlist=['Sequence'])
print(cm.__name__, isinstance([], cm.Sequence), isinstance({}, cm.Mapping), isinstance((x for x in ''), cm.Iterator))
import sys
print('math' in sys.modules, type(sys.modules).__name__, sys.version_info[:2] == (3, 11) or sys.version_info[:2])
import builtins
print(builtins.len('abc'), builtins.__name__, 'print' in dir(builtins), builtins.max is max)
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, ['x', 'y', 'z'], '>'))
import operator
print(operator.add(2, 3), operator.itemgetter(1)('abc'), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: __import__('no_such_module_xyz'))
t(lambda: __import__(''))
t(lambda: __import__(5))
t(lambda: __import__('math.nope'))
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e.name, isinstance(e, ImportError))
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(' (')[0], e.name)
