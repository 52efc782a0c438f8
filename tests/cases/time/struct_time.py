# Deterministic conversions with fixed timestamps (UTC only)
import time
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday)
st = time.gmtime(1_000_000_000)
print(tuple(st)[:6], st.tm_wday, st.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1_234_567_890)))
print(time.strftime('%a %b %d %j', time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(0)))
print(time.strptime('2024-02-29 12:30', '%Y-%m-%d %H:%M')[:6])
print(type(time.gmtime()).__name__, len(time.gmtime(0)), time.gmtime(0)[0])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: time.strptime('2024-13-01', '%Y-%m-%d'))
t(lambda: time.gmtime('x'))
