def handlers():
    try:
        risky()
    except (KeyError, IndexError) as e:
        log(e)
    except ValueError:
        pass
    else:
        ok()
    try:
        risky()
    finally:
        cleanup()

def reraise():
    try:
        risky()
    except Exception:
        raise
    try:
        risky()
    except Exception as e:
        raise RuntimeError("wrapped") from e

def returns_in_finally():
    try:
        return compute()
    finally:
        done()

def loop_finally(items):
    for it in items:
        try:
            if it:
                break
            continue
        finally:
            note(it)
