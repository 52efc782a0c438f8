# io.StringIO: write/read/seek/tell/readline/iteration/truncate/getvalue/close
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.closed)

t = io.StringIO("a\nb\nc")
print(t.tell(), t.readline(), end="|\n")
print(t.read(), repr(t.read()))
t.seek(0)
print(t.readlines(2), t.readline(1))
t.writelines(["x", "y"])
print(repr(t.getvalue()))

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)

print("to buffer", 1, 2.5, sep="-", file=(buf := io.StringIO()))
print(repr(buf.getvalue()))

import contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
    print("twice")
print(repr(out.getvalue()))
