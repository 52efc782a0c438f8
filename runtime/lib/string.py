"""string for Heron: string constants, capwords, Template, Formatter (basic).

Not implemented: Template uses a hand-written scanner instead of a regular
expression (no custom `pattern` / `flags` class attributes; `delimiter` and
`idpattern`-free identifiers only); Formatter.parse handles the common cases.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k + 1:end]
                if name and _is_ident_start(name[0]) and end < n and t[end] == '}':
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
            elif k < n and _is_ident_start(t[k]):
                end = k
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
                continue
            # invalid placeholder
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []

        class _Rec(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(_Rec(), True)
        return ids

    def is_valid(self):
        try:
            self._scan({}.fromkeys(self.get_identifiers(), ''), False)
        except ValueError:
            return False
        return True


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        auto_arg_index = 0
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        # yields (literal_text, field_name, format_spec, conversion)
        s = format_string
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    yield ''.join(literal), None, None, None
                    literal = []
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ''
                k = 0
                bracket = 0
                while k < len(field):
                    ch = field[k]
                    if ch == '[':
                        bracket += 1
                    elif ch == ']':
                        bracket -= 1
                    elif not bracket and ch in '!:':
                        break
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith('!'):
                    conversion = rest[1:2]
                    rest = rest[2:]
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    yield ''.join(literal), None, None, None
                    literal = []
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        # first part up to '.' or '['
        k = 0
        while k < len(field_name) and field_name[k] not in '.[':
            k += 1
        first = field_name[:k]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        rest = field_name[k:]
        while rest:
            if rest[0] == '.':
                k = 1
                while k < len(rest) and rest[k] not in '.[':
                    k += 1
                obj = getattr(obj, rest[1:k])
                rest = rest[k:]
            else:
                close = rest.index(']')
                idx = rest[1:close]
                obj = obj[int(idx) if idx.isdigit() else idx]
                rest = rest[close + 1:]
        return obj, key
