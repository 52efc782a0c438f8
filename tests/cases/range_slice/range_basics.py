# range construction, len, indexing, membership, equality
rs = [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(-5, 5, 4), range(0), range(5, 5), range(5, 0),
      range(0, -10, -3), range(1, 2, 10), range(-1, -10, -1), range(10 ** 20, 10 ** 20 + 5)]
for r in rs:
    print(repr(r), len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, bool(r))
r = range(3, 30, 4)
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 30 in r, 27 in r)
print(-1 in range(-5, 0), 0 in range(0), 3.0 in range(5), 2.5 in range(5), 'a' in range(5), True in range(2))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == range(0, 3, 1), range(1) == range(1, 2, 5))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], range(0, 3) != range(3), hash(range(3)) == hash(range(0, 3)))
print(range(5)[2], range(5)[-1], range(10, 0, -3)[1], range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], len(range(10 ** 20)[::10 ** 19]))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(reversed(range(1, 10, 3))))
print(range(True), range(0, 5, True), list(range(-3, 3)), tuple(range(3)), set(range(4)))
print(repr(range(0, 5, 1)), str(range(2, 3)), type(range(1)).__name__)
