"""JSON encoding for Heron, with the output and messages of CPython's encoder."""

__all__ = ['JSONEncoder']

_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON string for s, keeping non-ASCII characters."""
    out = []
    for c in s:
        if c in _SHORT:
            out.append(_SHORT[c])
        elif c < ' ':
            out.append('\\u{0:04x}'.format(ord(c)))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string for s, with every non-ASCII character escaped."""
    out = []
    for c in s:
        if c in _SHORT:
            out.append(_SHORT[c])
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_str = indent
        self._markers = {} if self.check_circular else None
        self._enc_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        self._encode(o, 0, out)
        return out

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _mark(self, o):
        markers = self._markers
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _unmark(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    def _encode(self, o, level, out):
        if isinstance(o, str):
            out.append(self._enc_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, level, out)
        else:
            self._mark(o)
            self._encode(self.default(o), level, out)
            self._unmark(o)

    def _newline(self, level):
        return '\n' + self._indent_str * level

    def _encode_list(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self._mark(lst)
        out.append('[')
        if self._indent_str is not None:
            level += 1
            nl = self._newline(level)
            sep = self.item_separator + nl
            out.append(nl)
        else:
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, level, out)
        if self._indent_str is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')
        self._unmark(lst)

    def _encode_dict(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self._mark(dct)
        out.append('{')
        if self._indent_str is not None:
            level += 1
            nl = self._newline(level)
            sep = self.item_separator + nl
            out.append(nl)
        else:
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, ' f'not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(self._enc_str(key))
            out.append(self.key_separator)
            self._encode(value, level, out)
        if self._indent_str is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
        self._unmark(dct)
