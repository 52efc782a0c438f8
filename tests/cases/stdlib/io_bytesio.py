# io.BytesIO basics
import io

b = io.BytesIO(b"line1\nline2\nline3")
print(b.read(3), b.tell(), b.readline(), b.readlines())
b.seek(-3, 2)
print(b.read(), b.seek(2), b.read(2))
b.seek(0)
print(list(b))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.getvalue())
w.seek(10)
w.write(b"Z")
print(w.getvalue(), len(w.getvalue()))
print(w.truncate(4), w.getvalue(), w.seek(0, 1))
w.seek(1)
w.write(b"__")
print(w.getvalue())
with io.BytesIO(b"x") as f:
    print(f.read(), f.read(), f.closed)
print(f.closed)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
