"""time for Heron: the clocks and sleep come from the built-in `_time`; struct_time and the
calendar conversions (gmtime, localtime, mktime, strftime via the C library) are here."""

import _time
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time, process_time_ns, sleep, mktime as _mktime)

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - n)
        self.__dict__['_zone'] = extra[0]
        self.__dict__['_gmtoff'] = extra[1]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        body = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({body})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


struct_time.__module__ = 'time'


def _secs(secs):
    if secs is None:
        return time()
    if isinstance(secs, (int, float)):
        return secs
    if hasattr(type(secs), '__float__'):
        return float(secs)
    if hasattr(type(secs), '__index__'):
        return type(secs).__index__(secs)
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def gmtime(secs=None):
    return struct_time(_time._gmtime(_secs(secs)))


def localtime(secs=None):
    return struct_time(_time._localtime(_secs(secs)))


def _tuple_arg(t, func):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{func}(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return t


def mktime(t):
    return _mktime(_tuple_arg(t, 'mktime'))


def _checked(t, func):
    t = list(_tuple_arg(t, func))
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    wday = wday % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    return _time._strftime(format, _checked(t, 'strftime'))


def asctime(t=None):
    if t is None:
        t = localtime()
    t = _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _init_tz():
    winter, summer = _time._tzinfo()
    std = winter if not winter[8] else summer
    dst = summer if summer[8] else (winter if winter[8] else None)
    tz = -std[10]
    if dst is None:
        return (std[9], std[9]), tz, tz, 0
    return (std[9], dst[9]), tz, -dst[10], 1


tzname, timezone, altzone, daylight = _init_tz()


# --- strptime ---------------------------------------------------------------------------

_D = '0123456789'
_N = '123456789'
# Each directive: alternatives tried in order, each a list of allowed characters per position.
_ALTS = { 'd': [['3', '01'], ['12', _D], ['0', _N], [_N], [' ', _N]], 'H': [['2', '0123'], ['01', _D], [_D]], 'I': [['1', '012'], ['0', _N], [_N]], 'm': [['1', '012'], ['0', _N], [_N]], 'M': [['012345', _D], [_D]], 'S': [['6', '01'], ['012345', _D], [_D]], 'y': [[_D, _D]], 'Y': [[_D, _D, _D, _D]], 'j': [['3', '6', '0123456'], ['3', '012345', _D], ['12', _D, _D], ['0', _N, _D], ['0', '0', _N], [_N, _D], ['0', _N], [_N]], 'w': [['0123456']], 'u': [['1234567']], }
_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_FULL_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december')


def _alternatives(d):
    if d in _ALTS:
        out = []
        for alt in _ALTS[d]:
            out.append(alt)
        return 'digits', out
    if d == 'f':
        return 'digits', [[_D] * n for n in range(6, 0, -1)]
    if d in 'aA':
        return 'words', sorted(_FULL_DAYS + tuple(x.lower() for x in _DAYS), key=len, reverse=True)
    if d in 'bBh':
        return 'words', sorted(_FULL_MONTHS + tuple(x.lower() for x in _MONTHS), key=len, reverse=True)
    if d == 'p':
        return 'words', ['am', 'pm']
    raise ValueError(f"'{d}' is a bad directive in format '%{d}'")


def _tokens(fmt):
    toks = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d == '%':
                toks.append(('lit', '%'))
            else:
                kind, alts = _alternatives(d)
                toks.append((kind, d, alts))
            i += 2
        elif c == '%':
            raise ValueError("stray % in format '%s'" % fmt)
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            toks.append(('ws',))
            continue
        else:
            toks.append(('lit', c))
            i += 1
    return toks


def _match(toks, k, s, i, found):
    if k == len(toks):
        return i
    tok = toks[k]
    kind = tok[0]
    if kind == 'lit':
        if s[i:i + 1].lower() == tok[1].lower():
            return _match(toks, k + 1, s, i + 1, found)
        return -1
    if kind == 'ws':
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        if j == i:
            return -1
        return _match(toks, k + 1, s, j, found)
    d, alts = tok[1], tok[2]
    for alt in alts:
        if kind == 'words':
            ok = s[i:i + len(alt)].lower() == alt
            n = len(alt)
        else:
            n = len(alt)
            ok = len(s) - i >= n and all(s[i + p] in alt[p] for p in range(n))
        if ok:
            found[d] = s[i:i + n]
            end = _match(toks, k + 1, s, i + n, found)
            if end >= 0:
                return end
    return -1


def _strptime_fields(data, fmt):
    if not isinstance(data, str):
        raise TypeError(f'strptime() argument 0 must be str, not {type(data)}')
    if not isinstance(fmt, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(fmt)}')
    toks = _tokens(fmt)
    found = {}
    end = _match(toks, 0, data, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = None
    for d, v in found.items():
        if d == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == 'Y':
            year = int(v)
        elif d == 'm':
            month = int(v)
        elif d in 'bBh':
            month = [m.lower() for m in _MONTHS].index(v.lower()[:3]) + 1
        elif d == 'd':
            day = int(v)
        elif d == 'H':
            hour = int(v)
        elif d == 'I':
            hour = int(v)
            ampm = found.get('p', '').lower()
            if ampm == 'pm':
                hour = hour % 12 + 12
            else:
                hour = hour % 12
        elif d == 'M':
            minute = int(v)
        elif d == 'S':
            second = int(v)
        elif d == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif d in 'aA':
            weekday = [x.lower() for x in _DAYS].index(v.lower()[:3])
        elif d == 'w':
            weekday = (int(v) - 1) % 7
        elif d == 'u':
            weekday = int(v) - 1
        elif d == 'j':
            julian = int(v)
    import calendar
    if julian is None:
        if day > calendar.monthrange(year, month)[1]:
            raise ValueError('day is out of range for month')
        julian = _yday(year, month, day)
    else:
        y0 = _yday(year, 1, 1)
        o = y0 + julian - 1
        month = 1
        while month < 12 and _yday(year, month + 1, 1) <= o:
            month += 1
        day = o - _yday(year, month, 1) + 1
    if weekday is None:
        weekday = calendar.weekday(year, month, day)
    return (year, month, day, hour, minute, second, weekday, julian, -1), fraction


def _yday(y, m, d):
    days = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return sum(days[:m - 1]) + d


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    fields, _ = _strptime_fields(data_string, format)
    return struct_time(fields + (None, None))
