"""importlib.util for Heron: the path helpers.

Not implemented: find_spec, module_from_spec, spec_from_file_location,
LazyLoader, MAGIC_NUMBER.
"""

import sys
from importlib import _resolve_name

_TAG = 'cpython-311'


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} ' '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def cache_from_source(path, debug_override=None, *, optimization=None):
    import posixpath
    path = posixpath.normpath(path) if path.startswith('/') else path
    head, tail = posixpath.split(path)
    base, sep, rest = tail.rpartition('.')
    if not sep:
        base = rest
    opt = '' if not optimization else f'.opt-{optimization}'
    filename = f'{base}.{_TAG}{opt}.pyc'
    return posixpath.join(head, '__pycache__', filename)


def source_from_cache(path):
    import posixpath
    head, pycache_filename = posixpath.split(path)
    head, pycache = posixpath.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base_filename = pycache_filename.partition('.')[0]
    return posixpath.join(head, base_filename + '.py')
