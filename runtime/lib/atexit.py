"""Functions run when the interpreter exits (Heron: the runtime calls `_run_exitfuncs` after
the main program finishes, before the final flush)."""

import sys as _sys

_handlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print("Exception ignored in atexit callback:", repr(func), file=_sys.stderr)
            _sys.excepthook(type(e), e, e.__traceback__)
