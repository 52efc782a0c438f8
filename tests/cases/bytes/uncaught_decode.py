# Uncaught UnicodeDecodeError
chunks = [b'caf\xc3\xa9', b'na\xc3\xafve', b'\xe6\x97\xa5', b'plain', b'\xff\xfe']
print([len(c) for c in chunks])
print([c.decode('latin-1') for c in chunks])
print(chunks[-1].decode('utf-8', 'replace'), chunks[-1].decode('utf-8', 'ignore') == '')
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print("caught:", e.reason, e.start, e.end, e.encoding)
for c in chunks:
    print(c, '->', c.decode('utf-8'))
print("never printed")
