# heron: stderr=full
def numbers():
    yield 1
    yield 2
    raise KeyError("missing key")
total = 0
for n in numbers():
    total += n
    print(total)
