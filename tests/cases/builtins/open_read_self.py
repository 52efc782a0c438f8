# Reading files: this script reads itself in text and binary mode
NAME = 'open_read_self.py'
with open(NAME) as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.closed, f.name, f.readable(), f.writable(), f.seekable())
    first = f.readline()
    print(repr(first), f.tell())
    print(repr(f.read(6)), repr(f.readline(5)))
    rest = f.readlines()
    print(len(rest), repr(rest[-1]))
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(7)))
print(f.closed)
def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: f.read())
t(lambda: f.readline())
t(lambda: next(f))
t(lambda: f.tell())
t(lambda: f.__enter__())
t(lambda: f.close())
with open(NAME, 'rb') as b:
    print(type(b).__name__, b.mode, repr(b.read(7)), b.tell(), repr(b.readline()))
    b.seek(-10, 2)
    print(b.read().endswith(b'\n'), b.read(), b.seek(3), b.tell())
count = 0
for line in open(NAME):
    count += 1
print(count, sum(1 for _ in open(NAME, 'rb')), len(open(NAME).read().splitlines()))
with open(NAME, newline='') as f:
    print(repr(f.readline()))
with open(NAME) as f:
    t(lambda: f.seek(5, 1))
    t(lambda: f.seek(-1))
    t(lambda: f.write('x'))
    t(lambda: f.read('3'))
    print(f.seek(0, 2) > 0)
t(lambda: open('no_such_file_here.txt'))
t(lambda: open('no_such_dir/x.txt', 'w'))
t(lambda: open('.'))
t(lambda: open(NAME, 'rw'))
t(lambda: open(NAME, 'q'))
t(lambda: open(NAME, 'rtb'))
t(lambda: open(NAME, 'b'))
t(lambda: open(NAME, 'rb', encoding='utf-8'))
t(lambda: open(NAME, 'r', newline='bad'))
t(lambda: open(NAME, 'r', encoding='no-such-codec'))
t(lambda: open(NAME, buffering=0))
t(lambda: open(NAME, bogus=1))
t(lambda: open())
t(lambda: open(2.5))
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
