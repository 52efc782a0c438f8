# Uncaught UnicodeDecodeError
chunks = [b'caf\xc3\xa9', b'na\xc3\xafve', b'\xff\xfe']
for c in chunks:
    print(c.decode('utf-8'))
