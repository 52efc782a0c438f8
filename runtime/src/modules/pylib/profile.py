# The Python half of Heron's cProfile/profile (see modules/profile.rs).

__all__ = ['run', 'runctx', 'Profile']


class Profile:
    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        _clear()
        self.stats = {}

    enable = staticmethod(_enable)
    disable = staticmethod(_disable)
    clear = staticmethod(_clear)

    def getstats(self):
        return _stats()

    def create_stats(self):
        _disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for filename, lineno, name, cc, nc, tt, ct in _stats():
            key = (filename, lineno, name)
            if key in self.stats:
                occ, onc, ott, oct, callers = self.stats[key]
                self.stats[key] = (occ + cc, onc + nc, ott + tt, oct + ct, callers)
            else:
                self.stats[key] = (cc, nc, tt, ct, {})

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        raise NotImplementedError("Heron's profiler cannot write marshal files")

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def run(statement, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)
