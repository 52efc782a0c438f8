# str.encode with various codecs and error handlers
s = 'naïve café – 日本 😀'
print(s.encode(), s.encode('utf-8'), len(s), len(s.encode()))
print(s.encode('utf-16-le')[:12], len(s.encode('utf-16')), s.encode('utf-32-be')[:8])
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', 'xmlcharrefreplace'))
print(s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'replace'))
print('abc'.encode('ascii'), 'ÿ'.encode('latin-1'), 'é'.encode('cp1252'), 'é'.encode(encoding='utf8'))
print(s.encode().decode(), s.encode().decode('utf-8') == s, b'caf\xc3\xa9'.decode())
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('utf-8', 'ignore'))
print(b'caf\xe9'.decode('utf-8', 'backslashreplace'), repr(b'\xff\xfe'.decode('utf-8', 'surrogateescape')))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'café'.encode('ascii'))
t(lambda: '日本'.encode('latin-1'))
t(lambda: b'caf\xe9'.decode('utf-8'))
t(lambda: b'\x80abc'.decode('ascii'))
t(lambda: 'x'.encode('no-such-codec'))
t(lambda: 'x'.encode('utf-8', 'bogus'))
t(lambda: '\ud800'.encode('utf-8'))
t(lambda: b'\xe6\x97'.decode())
