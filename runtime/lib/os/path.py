"""os.path for Heron: the POSIX path functions (see posixpath)."""

from posixpath import *
from posixpath import sep, curdir, pardir, extsep, altsep, pathsep, defpath, devnull
