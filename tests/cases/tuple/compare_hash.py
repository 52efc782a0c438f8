# Tuple comparisons and hashing; tuples as dict keys and set members
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 'a') < (1, 'b'), (1, 2.0) == (1, 2), ((1, 2), 3) < ((1, 3), 0), (1, 2) <= (1, 2), (0,) >= ())
print((float('nan'),) == (float('nan'),), (None,) == (None,), (1,) == [1], (1, 2) == (2, 1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, 2)), hash(()), hash((0,)), hash((-1,)), hash(((1, 2), (3, 4))), hash((True, False)))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
seen = {(1, 2), (2, 1), (1, 2), (1.0, 2)}
print(sorted(seen), len(seen))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max([(1, 9), (2, 0)]), min((5, 'x'), (5, 'a')))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    if r == 0 or c == 0:
        return 1
    memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(10, 10), paths(16, 16), len(memo))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hash((1, [2])))
t(lambda: {(1, [2]): 0})
t(lambda: {((), {}): 0})
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1, 2) < [1, 2])
t(lambda: (None, 1) < (None, 2))
t(lambda: (1, None) < (2, None))
