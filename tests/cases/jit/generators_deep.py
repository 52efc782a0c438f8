# Recursive generators under compiled code: each level resumes the next through the generic
# FOR_ITER helper and the resume fast path; the recursion limit still raises RecursionError
# at CPython's depth.
import sys
def deep(depth):
    if depth == 0:
        yield 0
        return
    for v in deep(depth - 1):
        yield v + 1
for _ in range(30):
    r = list(deep(200))
print(r)
try:
    print(list(deep(5000)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(3000)
print(list(deep(2500)))
