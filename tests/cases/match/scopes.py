# Captures in functions, closures, class bodies, globals and comprehensions.
g = None


def set_global(v):
    global g
    match v:
        case [g, *_]:
            pass
    return g


print(set_global([10, 20]), g)


def closure(v):
    match v:
        case {"name": name}:
            def inner():
                return f"hello {name}"
            return inner()
        case _:
            return "no name"


print(closure({"name": "heron"}), closure({}))


def nonlocal_capture():
    x = "before"

    def setx(v):
        nonlocal x
        match v:
            case str(x):
                pass
    setx("after")
    return x


print(nonlocal_capture())


class Config:
    match {"debug": True}:
        case {"debug": debug}:
            pass
    level = "verbose" if debug else "quiet"


print(Config.debug, Config.level)


def in_generator(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s


print(list(in_generator([("a", 1), "b", 3, ("c", 2)])))

print([x for v in ([1], [2, 3], [4]) if (match_len := len(v)) == 1 for x in v])


def in_loop():
    results = []
    for v in range(6):
        match v % 3:
            case 0:
                continue
            case 1:
                results.append("one")
            case _:
                if v > 4:
                    break
                results.append("two")
    return results


print(in_loop())


def in_try(v):
    try:
        match v:
            case int():
                raise ValueError("int")
            case _:
                return "not int"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("  finally", v)


print(in_try(1), in_try("s"))


def returns_inside_with():
    import contextlib

    @contextlib.contextmanager
    def cm():
        print("  enter")
        yield
        print("  exit")

    with cm():
        match [1]:
            case [x]:
                return x


print(returns_inside_with())
