"""N-queens by recursive generators (yield, yield from, generator
expressions, sets, tuples, all()/any()/sum()).

Size parameter: board size n (work grows roughly exponentially).
"""
import sys


def place(n, row, cols, diag1, diag2):
    """Yield every solution as a tuple of column indices, one per row."""
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (col,) + rest
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def permutations_of(items):
    """All permutations of a tuple, as a generator (used by the small-board check)."""
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for tail in permutations_of(items[:i] + items[i + 1 :]):
            yield (items[i],) + tail


def brute_force(n):
    """Count solutions by filtering all permutations with generator expressions."""
    return sum(
        1
        for p in permutations_of(tuple(range(n)))
        if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n
    )


def is_valid(solution):
    n = len(solution)
    return all(
        solution[i] != solution[j] and abs(solution[i] - solution[j]) != j - i
        for i in range(n)
        for j in range(i + 1, n)
    )


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    count = 0
    first = None
    digest = 0
    for solution in place(n, 0, set(), set(), set()):
        if first is None:
            first = solution
        count += 1
        for c in solution:
            digest = (digest * 7 + c) % 1000000007
    small = max(1, min(n - 4, 8))
    brute = brute_force(small)
    ok = is_valid(first) if first is not None else True
    print(f"{n}-queens: {count} solutions, first={first}, valid={ok}")
    print(f"brute force {small}-queens: {brute}")
    print(f"checksum: nqueens n={n} count={count} digest={digest} brute={brute}")


main()
