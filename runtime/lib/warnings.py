"""warnings for Heron: warn(), filters, catch_warnings.

Not implemented: message/module filter patterns are matched as
case-insensitive prefixes (message) and exact names (module) rather than
regular expressions; the __warningregistry__ 'once per location' bookkeeping
is kept in this module rather than in the caller's globals; warn_explicit's
registry/module_globals arguments are accepted and ignored.
"""

import sys
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_seen = set()
_filters_version = 1


def _default_filters():
    return [
        ('default', None, DeprecationWarning, '__main__', 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ]


filters[:] = _default_filters()

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _add_filter(item, append):
    global _filters_version
    filters = sys.modules['warnings'].filters
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1
    _seen.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global _filters_version
    sys.modules['warnings'].filters[:] = []
    _filters_version += 1
    _seen.clear()


def _caller(stacklevel):
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return "sys", 1, "sys"
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    module = frame.f_globals.get('__name__', '<string>')
    return filename, lineno, module


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    action = defaultaction
    for act, msg, cat, mod, ln in sys.modules['warnings'].filters:
        if msg is not None and not text.lower().startswith(msg):
            continue
        if not issubclass(category, cat):
            continue
        if mod is not None and mod != module:
            continue
        if ln and ln != lineno:
            continue
        action = act
        break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        okey = (text, category)
        if okey in onceregistry:
            return
        onceregistry[okey] = 1
    elif action == "module":
        mkey = (text, category, 0, filename)
        if mkey in _seen:
            return
        _seen.add(mkey)
    elif action == "default":
        if key in _seen:
            return
        _seen.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, None)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    sw = sys.modules['warnings'].showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        self._saved_seen = set(_seen)
        self._showwarning = m.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m.showwarning = lambda message, category, filename, lineno, file=None, line=None: log.append(WarningMessage(message, category, filename, lineno, file, line))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        _seen.clear()
        _seen.update(self._saved_seen)
        m.showwarning = self._showwarning
