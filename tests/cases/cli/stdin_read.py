import sys
data = sys.stdin.read()
print(repr(data))
lines = data.splitlines()
print(len(lines), sum(int(x) for x in lines if x.strip().isdigit()))
