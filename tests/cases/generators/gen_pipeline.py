def read(lines):
    for line in lines:
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def nonblank(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    n = 0
    for line in lines:
        n += 1
        yield f"{n}: {line}"
data = ["  alpha ", "", " beta", "   ", "gamma  "]
for out in numbered(nonblank(strip(read(data)))):
    print(out)
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave("abc", [1, 2, 3, 4])))
