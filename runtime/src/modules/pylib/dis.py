# The Python half of Heron's `dis` module (see modules/dis.rs): resolves what dis.dis() is
# given into code objects and builds Instruction / Bytecode over the Rust disassembler.

hasjrel = []
hasjabs = []
HAVE_ARGUMENT = 90


class Instruction:
    __slots__ = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                 'starts_line', 'is_jump_target', 'positions')
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target', 'positions')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions=None):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target
        self.positions = positions

    def __repr__(self):
        parts = ', '.join('%s=%r' % (f, getattr(self, f)) for f in self._fields)
        return 'Instruction(%s)' % parts

    def __eq__(self, other):
        if not isinstance(other, Instruction):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __iter__(self):
        return iter([getattr(self, f) for f in self._fields])

    def __getitem__(self, i):
        return getattr(self, self._fields[i])

    def __len__(self):
        return len(self._fields)


def _get_code(x):
    if x is None:
        import sys
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_frame.f_code
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    if hasattr(x, 'gi_code'):
        return x.gi_code
    if isinstance(x, str):
        try:
            return compile(x, '<dis>', 'eval')
        except SyntaxError:
            return compile(x, '<dis>', 'exec')
    if isinstance(x, (bytes, bytearray)):
        raise TypeError("don't know how to disassemble raw bytecode in Heron")
    if hasattr(x, 'co_code') or type(x).__name__ == 'code':
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _out(text, file):
    if file is None:
        _write(text)
    else:
        file.write(text)


def _is_class_like(x):
    return isinstance(x, type) or type(x).__name__ == 'module'


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    if _is_class_like(x):
        items = sorted(x.__dict__.items())
        for name, v in items:
            if isinstance(v, (staticmethod, classmethod)):
                v = v.__func__
            if hasattr(v, '__code__') or isinstance(v, (type, str)) or type(v).__name__ == 'code':
                if isinstance(v, str):
                    continue
                _out("Disassembly of %s:\n" % name, file)
                try:
                    dis(v, file=file, depth=depth)
                except TypeError as e:
                    _out("Sorry: %s\n" % e, file)
                _out("\n", file)
        return
    code = _get_code(x)
    if depth == 0:
        _out(_disassemble_one(code), file)
    else:
        _out(_disassemble(code), file)


disassemble = dis
disco = dis


def distb(tb=None, *, file=None):
    dis(None, file=file)


def _argval(code, kind, arg, argrepr):
    if arg is None:
        return None
    if kind == 'const':
        return code.co_consts[arg]
    if kind in ('name', 'global', 'local', 'deref'):
        return argrepr.replace('NULL + ', '')
    if kind == 'jump':
        return arg * 2
    if kind == 'cmpop':
        return argrepr
    return arg


def _make_instructions(code):
    result = []
    for (name, op, arg, kind, argrepr, offset, line, target) in _instructions(code):
        if kind == 'const':
            argrepr = repr(code.co_consts[arg])
        result.append(Instruction(name, op, arg, _argval(code, kind, arg, argrepr), argrepr,
                                  offset, line, target))
    return result


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    return iter(_make_instructions(_get_code(x)))


class Bytecode:
    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _get_code(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset
        self._original_object = x

    def __iter__(self):
        return iter(_make_instructions(self.codeobj))

    def __repr__(self):
        return 'Bytecode(%r)' % (self._original_object,)

    def dis(self):
        return _disassemble_one(self.codeobj)

    def info(self):
        return code_info(self.codeobj)


_FLAG_NAMES = [(1, 'OPTIMIZED'), (2, 'NEWLOCALS'), (4, 'VARARGS'), (8, 'VARKEYWORDS'),
               (16, 'NESTED'), (32, 'GENERATOR'), (64, 'NOFREE'), (128, 'COROUTINE'),
               (256, 'ITERABLE_COROUTINE'), (512, 'ASYNC_GENERATOR')]


def pretty_flags(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append(name)
            flags ^= bit
    if flags:
        names.append(hex(flags))
    return ', '.join(names) if names else '0x0'


def code_info(x):
    co = _get_code(x)
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    if co.co_freevars:
        lines.append("Free variables:")
        for i, n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % (i, n))
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i, n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % (i, n))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    _out(code_info(co) + '\n', file)
