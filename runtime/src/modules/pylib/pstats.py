# Heron's pstats (see modules/profile.rs): the report over a profiler's stats dict
# {(filename, lineno, name): (primitive calls, calls, tottime, cumtime, callers)}.

__all__ = ['Stats', 'SortKey']


class SortKey:
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'tottime'


def func_std_string(func):
    filename, lineno, name = func
    if func[:2] == ('~', 0):
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return '%s:%d(%s)' % (filename, lineno, name)


def _strip(path):
    i = max(path.rfind('/'), path.rfind('\\'))
    return path[i + 1:] if i >= 0 else path


# key name -> (description, [(field index or 'std', descending)])
_SORTS = {
    'calls': ('call count', [(1, True)]),
    'ncalls': ('call count', [(1, True)]),
    'cumulative': ('cumulative time', [(3, True)]),
    'cumtime': ('cumulative time', [(3, True)]),
    'tottime': ('internal time', [(2, True)]),
    'time': ('internal time', [(2, True)]),
    'filename': ('file name', [('file', False)]),
    'file': ('file name', [('file', False)]),
    'module': ('file name', [('file', False)]),
    'line': ('line number', [('line', False)]),
    'name': ('function name', [('name', False)]),
    'nfl': ('name/file/line', [('name', False), ('file', False), ('line', False)]),
    'pcalls': ('primitive call count', [(0, True)]),
    'stdname': ('standard name', [('std', False)]),
}
_NUMERIC = {-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}


class Stats:
    def __init__(self, *args, stream=None):
        import sys
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.sort_type = None
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0.0
        for arg in args:
            self.add(arg)

    def add(self, *args):
        for arg in args:
            if isinstance(arg, Stats):
                stats = arg.stats
            else:
                if hasattr(arg, 'create_stats'):
                    arg.create_stats()
                stats = arg.stats
            for func, (cc, nc, tt, ct, callers) in stats.items():
                if func in self.stats:
                    occ, onc, ott, oct, ocallers = self.stats[func]
                    self.stats[func] = (occ + cc, onc + nc, ott + tt, oct + ct, ocallers)
                else:
                    self.stats[func] = (cc, nc, tt, ct, dict(callers))
        self._totals()
        return self

    def _totals(self):
        self.total_calls = sum(v[1] for v in self.stats.values())
        self.prim_calls = sum(v[0] for v in self.stats.values())
        self.total_tt = sum(v[2] for v in self.stats.values())

    def strip_dirs(self):
        new = {}
        for (filename, lineno, name), v in self.stats.items():
            key = (_strip(filename), lineno, name)
            if key in new:
                o = new[key]
                new[key] = (o[0] + v[0], o[1] + v[1], o[2] + v[2], o[3] + v[3], o[4])
            else:
                new[key] = v
        self.stats = new
        self.fcn_list = None
        return self

    def sort_stats(self, *keys):
        if not keys:
            keys = ('stdname',)
        if len(keys) == 1 and isinstance(keys[0], int):
            keys = (_NUMERIC[keys[0]],)
        keys = [getattr(k, 'value', k) for k in keys]
        for k in keys:
            if k not in _SORTS:
                raise KeyError("Invalid sorting key %r" % (k,))
        self.sort_type = ', '.join(_SORTS[k][0] for k in keys)

        def field(func, f):
            if f == 'std':
                return func_std_string(func)
            if f == 'file':
                return func[0]
            if f == 'line':
                return func[1]
            if f == 'name':
                return func[2]
            return self.stats[func][f]

        lst = list(self.stats)
        crit = []
        for k in keys:
            crit.extend(_SORTS[k][1])
        for f, desc in reversed(crit):
            lst.sort(key=lambda func: field(func, f), reverse=desc)
        self.fcn_list = lst
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def _print(self, *args, end='\n'):
        print(*args, end=end, file=self.stream)

    def get_print_list(self, restrictions):
        if self.fcn_list:
            lst = self.fcn_list[:]
            msg = '   Ordered by: ' + self.sort_type + '\n'
        else:
            lst = list(self.stats)
            msg = '   Random listing order was used\n'
        for sel in restrictions:
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                lst = lst[:int(len(lst) * sel + 0.5)]
            elif isinstance(sel, int):
                lst = lst[:sel]
            elif isinstance(sel, str):
                lst = [f for f in lst if sel in func_std_string(f)]
        self._print(msg)
        return lst

    def print_stats(self, *amount):
        for filename in self.files:
            self._print(filename)
        if self.files:
            self._print()
        self._totals()
        self._print(' ' * 8, self.total_calls, 'function calls', end=' ')
        if self.total_calls != self.prim_calls:
            self._print('(%d primitive calls)' % self.prim_calls, end=' ')
        self._print('in %.3f seconds' % self.total_tt)
        self._print()
        lst = self.get_print_list(amount)
        if lst:
            self._print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)')
            for func in lst:
                self.print_line(func)
            self._print()
            self._print()
        return self

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        self._print(c.rjust(9), end=' ')
        self._print('%8.3f' % tt, end=' ')
        self._print(' ' * 8 if nc == 0 else '%8.3f' % (tt / nc), end=' ')
        self._print('%8.3f' % ct, end=' ')
        self._print(' ' * 8 if cc == 0 else '%8.3f' % (ct / cc), end=' ')
        self._print(func_std_string(func))
