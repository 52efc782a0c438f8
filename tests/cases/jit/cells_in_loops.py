# Cells (closure variables) read and written inside hot loops, and comprehensions that
# build lists, sets and dicts from them: the compiled generic paths for LOAD_DEREF,
# STORE_DEREF, LIST_APPEND, SET_ADD and MAP_ADD, with their errors.


def counter():
    total = 0

    def bump(k):
        nonlocal total
        for i in range(k):
            total += i & 3
        return total

    return bump


bump = counter()
print([bump(50) for _ in range(3)])


def comprehensions(n, shift):
    squares = [i * i + shift for i in range(n)]
    residues = {(i * shift) % 7 for i in range(n)}
    table = {i: i * shift for i in range(n) if i % 3}
    return len(squares), sum(squares), sorted(residues), sum(table.values()), len(table)


for r in range(1500):
    result = comprehensions(40, r % 5)
    if r % 499 == 3:
        print(r, result)


def late_binding(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late_binding(4))


def reads_before_def(n):
    def read():
        return value

    out = []
    for i in range(n):
        try:
            out.append(read())
        except NameError as e:
            out.append(str(e))
        if i == n - 3:
            value = i
    return out[-4:]


print(reads_before_def(1200))


def deleted_cell(n):
    value = 1

    def read():
        return value

    seen = []
    for i in range(n):
        if i == n - 2:
            del value
        try:
            seen.append(read() + i)
        except NameError as e:
            seen.append(str(e))
    return seen[-3:]


print(deleted_cell(1200))


def local_unbound(n):
    total = 0
    for i in range(n):
        total += i
        if i == n - 1:
            try:
                def inner():
                    return total + later

                inner()
            except NameError as e:
                print(type(e).__name__, e)
            later = 5
    return total


print(local_unbound(1200))


class Unhashable:
    __hash__ = None


def set_add_error(n):
    items = [1, 2, Unhashable()] if n > 1100 else [1, 2]
    try:
        return {x for x in items}
    except TypeError as e:
        return str(e)


print([set_add_error(n) for n in range(1099, 1103)])


def map_add_error(n):
    keys = [[i] for i in range(n % 3)]
    try:
        return {k: 1 for k in keys}
    except TypeError as e:
        return str(e)


print([map_add_error(n) for n in range(1200)][-3:])
