"""posixpath for Heron: pure path-string operations on POSIX paths (os.path).

The file-system queries (exists, isfile, isdir, islink, getsize, getmtime ...) use os.stat.
Not implemented: expandvars, samefile, bytes paths in the queries.
"""

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['basename', 'commonpath', 'commonprefix', 'curdir', 'dirname', 'isabs', 'join', 'normcase', 'normpath', 'pardir', 'pathsep', 'relpath', 'sep', 'split', 'splitdrive', 'splitext', 'abspath', 'exists', 'lexists', 'isfile', 'isdir', 'islink', 'getsize', 'getmtime', 'getatime', 'getctime', 'realpath', 'expanduser']


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return f(p)


def _sep_for(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep_for(s))


def join(a, *p):
    a = _fspath(a)
    s = _sep_for(a)
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = _fspath(p)
    s = _sep_for(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _fspath(p)
    s = _sep_for(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # skip leading dots of the file name
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep_for(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    s = _sep_for(p)
    i = p.rfind(s) + 1
    head = p[:i]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        s, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    initial = 1 if path.startswith(s) else 0
    # POSIX allows exactly two leading slashes to be special
    if initial and path.startswith(s * 2) and not path.startswith(s * 3):
        initial = 2
    comps = path.split(s)
    new = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not new) or (new and new[-1] == dotdot):
            new.append(comp)
        elif new:
            new.pop()
    path = s.join(new)
    if initial:
        path = s * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        import os
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fspath(p) for p in paths]
    s = _sep_for(paths[0])
    split_paths = [[c for c in p.split(s) if c and c != '.'] for p in paths]
    absolute = set(p.startswith(s) for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = s if paths[0].startswith(s) else s[:0]
    return prefix + s.join(common)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = '.'
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def _stat(path, follow=True):
    import os
    try:
        return os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isfile(path):
    st = _stat(path)
    return st is not None and (st.st_mode & 0o170000) == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and (st.st_mode & 0o170000) == 0o040000


def islink(path):
    st = _stat(path, False)
    return st is not None and (st.st_mode & 0o170000) == 0o120000


def getsize(filename):
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    import os
    return os.stat(filename).st_mtime


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def realpath(filename, *, strict=False):
    return abspath(filename)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'
