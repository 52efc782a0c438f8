"""os for Heron: the portable, pure parts of the os module.

os.path is posixpath. The system calls come from the built-in `posix` module: getcwd,
chdir, listdir, scandir, walk, environ/getenv, getpid, remove/unlink, rename, mkdir/makedirs,
rmdir/removedirs, stat, urandom, cpu_count. Not implemented: processes (fork, exec, system),
file descriptors (open, read, write), bytes paths.
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


import posix as _posix
from posix import (getcwd, getpid, getppid, urandom, cpu_count, strerror, umask)

error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def getcwdb():
    return getcwd().encode()


def chdir(path):
    _posix.chdir(fspath(path))


def listdir(path=None):
    if path is None:
        return _posix.listdir('.')
    return _posix.listdir(fspath(path))


def remove(path, *, dir_fd=None):
    _posix.unlink(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(fspath(src), fspath(dst))


replace = rename


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        extra = seq[10:]
        d = self.__dict__
        d['st_atime'] = extra[0] if len(extra) > 0 else seq[7]
        d['st_mtime'] = extra[1] if len(extra) > 1 else seq[8]
        d['st_ctime'] = extra[2] if len(extra) > 2 else seq[9]
        d['st_atime_ns'] = extra[3] if len(extra) > 3 else None
        d['st_mtime_ns'] = extra[4] if len(extra) > 4 else None
        d['st_ctime_ns'] = extra[5] if len(extra) > 5 else None
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        body = ', '.join(f'{n}={v!r}' for n, v in zip(_STAT_FIELDS, self))
        return f'os.stat_result({body})'


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    r = _posix._stat(fspath(path), follow_symlinks)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct, atn, mtn, ctn = r
    return stat_result((mode, ino, dev, nlink, uid, gid, size, int(at), int(mt), int(ct), at, mt, ct, atn, mtn, ctn))


def lstat(path, *, dir_fd=None):
    return stat(path, follow_symlinks=False)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = stat(path)
    except OSError:
        return False
    if mode == F_OK:
        return True
    perm = st.st_mode
    ok = True
    if mode & R_OK:
        ok = ok and bool(perm & 0o444)
    if mode & W_OK:
        ok = ok and bool(perm & 0o222)
    if mode & X_OK:
        ok = ok and bool(perm & 0o111)
    return ok


class _Environ:
    """os.environ: the process environment as a mapping of str to str."""

    def __init__(self, items):
        self._data = dict(items)

    def _check(self, value, what):
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        return value

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key, 'key')
        self._check(value, 'value')
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key, 'key')
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{body}}})'

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]


environ = _Environ(_posix._environ_items())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _kind(self, bits, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == bits
        except OSError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._kind(0o120000, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, dirpath):
        self._path = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
