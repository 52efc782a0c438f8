"""JSON decoding for Heron: a scanner with the positions and messages of CPython's."""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error position: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class _Fail(Exception):
    """Nothing parses at `pos` (CPython's StopIteration(idx) from the scanner)."""

    def __init__(self, pos):
        self.pos = pos


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """The string whose opening quote is at end - 1: (str, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, nxt)
            nxt += 1
        else:
            c = ''
        if c != '"' and c != '\\':
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            if c not in _ESC:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
            chunks.append(_ESC[c])
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        digits = s[nxt:end]
        if not all(d in _HEX for d in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end - 5)
        code = int(digits, 16)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end:end + 2] == '\\u':
            d2 = s[end + 2:end + 6]
            if not all(d in _HEX for d in d2):
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            c2 = int(d2, 16)
            if 0xdc00 <= c2 <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (c2 - 0xdc00)
                end += 6
        if 0xd800 <= code <= 0xdfff:
            code = 0xfffd
        chunks.append(chr(code))
    return ''.join(chunks), end


class _Scanner:
    def __init__(self, dec):
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant

    def scan(self, s, i):
        n = len(s)
        if i >= n:
            raise _Fail(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.parse_object(s, i + 1)
        if c == '[':
            return self.parse_array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.parse_number(s, i)

    def parse_number(self, s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _Fail(start)
        c = s[i]
        if '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif c == '0':
            i += 1
        else:
            raise _Fail(start)
        is_float = False
        if i < n - 1 and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n - 1 and s[i] in 'eE':
            e_start = i
            i += 1
            if i < n - 1 and s[i] in '-+':
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def parse_object(self, s, i):
        n = len(s)
        pairs = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = scanstring(s, i + 1, self.strict)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                value, i = self.scan(s, i)
                pairs.append((key, value))
                i = _skip_ws(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, i + 1

    def parse_array(self, s, i):
        n = len(s)
        values = []
        i = _skip_ws(s, i)
        if i >= n or s[i] != ']':
            while True:
                value, i = self.scan(s, i)
                values.append(value)
                i = _skip_ws(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        return values, i + 1


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self).scan(s, idx)
        except _Fail as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None
