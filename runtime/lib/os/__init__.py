"""os for Heron: the portable, pure parts of the os module.

os.path is posixpath. Not implemented (need file-system/process primitives
that Heron does not expose yet): environ, getenv, getcwd, listdir, mkdir,
makedirs, remove, rename, walk, stat, getpid and the rest of the system calls.
"""

import sys
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
curdir = path.curdir
pardir = path.pardir
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    result = f(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, " f"not {type(result).__name__}")


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename
