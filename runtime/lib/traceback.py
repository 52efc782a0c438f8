"""traceback for Heron: extract, format and print tracebacks.

Not implemented: the 3.11 caret lines (^^^^) in formatted frames, the
"[Previous line repeated N more times]" folding, TracebackException's
capture_locals details, walk_stack/walk_tb as public API beyond basics.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


class FrameSummary:
    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines, locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def extract_tb(tb, limit=None):
    frames = StackSummary.extract(walk_tb(tb))
    return StackSummary(_limited(list(frames), limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    frames = list(StackSummary.extract(walk_stack(f)))
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end="")


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def _exc_type_name(etype):
    mod = getattr(etype, '__module__', None)
    qualname = getattr(etype, '__qualname__', etype.__name__)
    if mod not in ('__main__', 'builtins', None):
        return mod + '.' + qualname
    return qualname


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception_only(exc, /, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
        etype = type(exc)
    elif value is None and exc is not None and not isinstance(exc, type):
        value = exc
        etype = type(exc)
    else:
        etype = exc if exc is not None else type(value)
    if etype is None:
        return ['NoneType: None\n']
    stype = _exc_type_name(etype)
    if isinstance(value, SyntaxError) and value.lineno is not None:
        lines = ['  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno)]
        if value.text is not None:
            text = value.text.rstrip('\n')
            stripped = text.lstrip()
            lines.append('    {}\n'.format(stripped))
            if value.offset is not None:
                caret = value.offset - 1 - (len(text) - len(stripped))
                end = getattr(value, 'end_offset', None)
                width = 1
                if end is not None and end > value.offset:
                    width = end - value.offset
                lines.append('    {}{}\n'.format(' ' * max(caret, 0), '^' * width))
        msg = value.msg or "<no detail available>"
        lines.append('{}: {}\n'.format(stype, msg))
        return lines
    s = _safe_str(value) if value is not None else ''
    line = '{}: {}\n'.format(stype, s) if s else '{}\n'.format(stype)
    lines = [line]
    for note in getattr(value, '__notes__', None) or ():
        lines.append(str(note) + '\n')
    return lines


_cause_message = ("\nThe above exception was the direct cause " "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, " "another exception occurred:\n\n")


def _format_chain(value, tb, limit, chain, seen):
    lines = []
    if chain and value is not None:
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines += _format_chain(cause, cause.__traceback__, limit, chain, seen)
            lines.append(_cause_message)
        elif (context is not None and not value.__suppress_context__ and id(context) not in seen):
            lines += _format_chain(context, context.__traceback__, limit, chain, seen)
            lines.append(_context_message)
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines += format_tb(tb, limit)
    lines += format_exception_only(type(value), value)
    return lines


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is None and isinstance(exc, BaseException):
        value = exc
        tb = exc.__traceback__
    elif value is not None and tb is None and isinstance(value, BaseException):
        tb = value.__traceback__
    if value is None:
        return format_exception_only(exc, None)
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False, compact=False):
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback else StackSummary()
        self._str = _safe_str(exc_value)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self._limit = limit

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format_exception_only(self):
        yield from format_exception_only(self.exc_type, self._value)

    def format(self, *, chain=True):
        yield from format_exception(self.exc_type, self._value, self._value.__traceback__ if self._value is not None else None, limit=self._limit, chain=chain)

    def __str__(self):
        return self._str
