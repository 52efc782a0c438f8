"""calendar for Heron: the date arithmetic helpers (isleap, monthrange, weekday, timegm,
month and day names). Text/HTML calendars are not implemented."""

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'firstweekday', 'setfirstweekday']


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


JANUARY = 1
FEBRUARY = 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = [d[:3] for d in day_name]
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
month_abbr = [''] + [m[:3] for m in month_name[1:]]

_firstweekday = 0


def firstweekday():
    return _firstweekday


def setfirstweekday(firstweekday):
    global _firstweekday
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _firstweekday = firstweekday


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of the proleptic Gregorian date y-m-d.
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _check_date(year, month, day):
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    n = mdays[month] + (month == 2 and isleap(year))
    if not 1 <= day <= n:
        raise ValueError('day is out of range for month')


def weekday(year, month, day):
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    _check_date(year, month, day)
    return (_days_from_civil(year, month, day) + 3) % 7


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    day1 = weekday(year, month, 1)
    ndays = mdays[month] + (month == FEBRUARY and isleap(year))
    return day1, ndays


def monthcalendar(year, month):
    day1, ndays = monthrange(year, month)
    lead = (day1 - _firstweekday) % 7
    days = [0] * lead + list(range(1, ndays + 1))
    days += [0] * (-len(days) % 7)
    return [days[i:i + 7] for i in range(0, len(days), 7)]


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = _days_from_civil(year, month, 1) + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    return minutes * 60 + second
