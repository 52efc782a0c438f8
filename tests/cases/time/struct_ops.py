# Fixed-timestamp calendar arithmetic with time.gmtime / calendar.timegm
import time
import calendar
stamps = [0, 86399, 86400, 951782400, 1700000000, 2147483647, 4102444800]
for s in stamps:
    st = time.gmtime(s)
    back = calendar.timegm(st)
    print(s, time.strftime('%Y-%m-%d %H:%M:%S %a', st), st.tm_yday, back == s)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
day = 86400
start = calendar.timegm((2024, 2, 27, 0, 0, 0, 0, 0, 0))
print([time.strftime('%m/%d', time.gmtime(start + k * day)) for k in range(5)])
diff = calendar.timegm((2025, 1, 1, 0, 0, 0)) - calendar.timegm((2024, 1, 1, 0, 0, 0))
print(diff, diff // day, divmod(1_000_000, 3600))
print(time.strftime('%H:%M', time.gmtime(3600 * 13 + 60 * 7)), time.strftime('%%|%j|%U', time.gmtime(0)))
print(time.gmtime(0) < time.gmtime(1), tuple(time.gmtime(59))[:6], time.gmtime(1.9).tm_sec)
