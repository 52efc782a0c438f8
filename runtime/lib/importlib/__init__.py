"""importlib for Heron: import_module, reload, invalidate_caches.

Not implemented: importlib.util / machinery / resources / metadata.
"""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a " f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    saved = sys.modules.pop(name)
    try:
        __import__(name)
        new = sys.modules[name]
    except BaseException:
        sys.modules[name] = saved
        raise
    # keep the identity of the module object like CPython does
    saved.__dict__.update(new.__dict__)
    sys.modules[name] = saved
    return saved


def invalidate_caches():
    pass
