# encode/decode: codec names and aliases, error handlers, UnicodeError details
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for name in ['utf-8', 'UTF8', 'u8', ' utf 8 ', 'utf_8', 'latin-1', 'Latin_1', 'l1', 'iso8859-1', 'iso-8859-1', 'ascii', 'us-ascii', '646', 'cp1252', 'windows-1252']:
    print(repr(name), 'aé'.encode(name) if name not in ('ascii', 'us-ascii', '646') else 'ab'.encode(name))
print('😀x'.encode('utf-16-le'), '😀x'.encode('utf-16-be'), '😀'.encode('utf-32-le'), 'x'.encode('utf-16'), 'x'.encode('utf-32'), 'a'.encode('utf-8-sig'))
print(b'\xff\xfe=\xd8\x00\xde'.decode('utf-16'), b'\x00x'.decode('utf-16-be'), b'\xef\xbb\xbfa'.decode('utf-8-sig'), b'\x80\x9f'.decode('cp1252'))
print('éx€'.encode('ascii', 'xmlcharrefreplace'), '€é😀'.encode('latin-1', 'backslashreplace'), 'é😀x'.encode('ascii', 'replace'), 'éx'.encode('ascii', 'ignore'))
print(b'a\xffb\xfe'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'backslashreplace'), b'\xf0\x9f\x98'.decode('utf-8', 'replace'), b'\xe6\x97\xe6'.decode('utf-8', 'replace'))
print(b'\xed\xa0\x80x'.decode('utf-8', 'replace'), b'\xff\x80'.decode('ascii', 'ignore'), b'\x81\x8d'.decode('cp1252', 'replace'), b'\xc3\xa9'.decode('latin-1'))
for f in [lambda: 'aé日'.encode('latin-1'), lambda: 'ab日本c'.encode('ascii'), lambda: 'ā'.encode('cp1252'), lambda: b'\xe6\x97a'.decode(),
          lambda: b'\xed\xa0\x80'.decode(), lambda: b'\xf5\x80'.decode(), lambda: b'\xc0\xaf'.decode(), lambda: b'\xf0\x90\x80'.decode(),
          lambda: b'a\x00b'.decode('utf-16-le'), lambda: b'\x00\xdc'.decode('utf-16-le'), lambda: b'\x00\xd8a\x00'.decode('utf-16-le'),
          lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'), lambda: b'a\x00\x00'.decode('utf-32-le'), lambda: b'\x81'.decode('cp1252'),
          lambda: 'x'.encode('hex'), lambda: 'x'.encode('rot13'), lambda: 'x'.encode(''), lambda: 'é'.encode('ascii', 'bogus'),
          lambda: 'x'.encode('ascii', 'bogus'), lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'), lambda: b'x'.decode(errors=None)]:
    t(f)
try:
    'xyé日z'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    b'ab\xe6\x97'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
