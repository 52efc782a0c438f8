"""io for Heron: in-memory streams (StringIO, BytesIO) and the names scripts import.

open() is the built-in open; TextIOWrapper is the type of text files it returns.
"""

import sys
from builtins import open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'

TextIOWrapper = type(sys.stdout)


class IOBase:
    """Common behaviour of the in-memory streams."""

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_closed()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check_closed()
        return self._pos

    def getvalue(self):
        self._check_closed()
        return self._value()

    def _reset(self, data):
        # The contents are _buf followed by the chunks in _tail (appends at the end are
        # collected there so that many small writes stay linear); _size is the total length.
        self._buf = data
        self._tail = []
        self._size = len(data)

    def _value(self):
        if self._tail:
            self._buf = self._buf + self._buf[:0].join(self._tail)
            self._tail = []
        return self._buf

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(self._negative_size % size)
        if size < self._size:
            self._reset(self._value()[:size])
        return size

    def _read(self, size):
        self._check_closed()
        if size is None:
            size = -1
        else:
            size = _index(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return buf[:0]
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _readline(self, size, nl):
        self._check_closed()
        if size is None:
            size = -1
        else:
            size = _index(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return buf[:0]
        i = buf.find(nl, pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def _write(self, s):
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
            self._size += n
            self._pos = pos + n
            return n
        buf = self._value()
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._reset(buf[:pos] + s + buf[pos + n:])
        self._pos = pos + n
        return n


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


class StringIO(IOBase):
    _pad = '\0'

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def __iter__(self):
        IOBase._check_closed(self)
        return self
    _negative_size = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._closed = False
        self._reset('')
        self._pos = 0
        if initial_value:
            self._write(self._translate(initial_value))
            self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        self._write(self._translate(s))
        return n

    def read(self, size=-1):
        return self._read(size)

    def readline(self, size=-1):
        return self._readline(size, '\n')

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._size
        self._pos = pos
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


StringIO.__module__ = '_io'


class BytesIO(IOBase):
    _pad = b'\0'
    _negative_size = 'negative size value %d'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._reset(b'')
        self._pos = 0
        if initial_bytes is not None:
            self._reset(bytes(_bytes_like(initial_bytes)))

    def getvalue(self):
        self._check_closed()
        return bytes(self._value())

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._value())

    def write(self, b):
        self._check_closed()
        b = bytes(_bytes_like(b))
        return self._write(b)

    def read(self, size=-1):
        return self._read(size)

    def read1(self, size=-1):
        return self._read(size)

    def readline(self, size=-1):
        return self._readline(size, b'\n')

    def readinto(self, b):
        data = self._read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._size + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'


BytesIO.__module__ = '_io'


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray, memoryview)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


TextIOBase = IOBase
BufferedIOBase = IOBase
RawIOBase = IOBase
