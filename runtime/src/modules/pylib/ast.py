# The Python half of Heron's `ast` module (see modules/ast.rs): the node classes of
# Python 3.11's grammar, the conversion of the Rust parser's tuples into nodes, and the
# helpers (dump, literal_eval, walk, NodeVisitor, NodeTransformer, ...).

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(self._fields),
                               '' if len(self._fields) == 1 else 's'))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


_POS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# category: (attributes, [(class, fields)]) ; a field ending in '?' is optional (None default),
# '*' is a list.
_SPEC = [
    ('mod', (), [
        ('Module', 'body* type_ignores*'),
        ('Interactive', 'body*'),
        ('Expression', 'body'),
        ('FunctionType', 'argtypes* returns'),
    ]),
    ('stmt', _POS, [
        ('FunctionDef', 'name args body* decorator_list* returns? type_comment?'),
        ('AsyncFunctionDef', 'name args body* decorator_list* returns? type_comment?'),
        ('ClassDef', 'name bases* keywords* body* decorator_list*'),
        ('Return', 'value?'),
        ('Delete', 'targets*'),
        ('Assign', 'targets* value type_comment?'),
        ('AugAssign', 'target op value'),
        ('AnnAssign', 'target annotation value? simple'),
        ('For', 'target iter body* orelse* type_comment?'),
        ('AsyncFor', 'target iter body* orelse* type_comment?'),
        ('While', 'test body* orelse*'),
        ('If', 'test body* orelse*'),
        ('With', 'items* body* type_comment?'),
        ('AsyncWith', 'items* body* type_comment?'),
        ('Match', 'subject cases*'),
        ('Raise', 'exc? cause?'),
        ('Try', 'body* handlers* orelse* finalbody*'),
        ('TryStar', 'body* handlers* orelse* finalbody*'),
        ('Assert', 'test msg?'),
        ('Import', 'names*'),
        ('ImportFrom', 'module? names* level?'),
        ('Global', 'names*'),
        ('Nonlocal', 'names*'),
        ('Expr', 'value'),
        ('Pass', ''),
        ('Break', ''),
        ('Continue', ''),
    ]),
    ('expr', _POS, [
        ('BoolOp', 'op values*'),
        ('NamedExpr', 'target value'),
        ('BinOp', 'left op right'),
        ('UnaryOp', 'op operand'),
        ('Lambda', 'args body'),
        ('IfExp', 'test body orelse'),
        ('Dict', 'keys* values*'),
        ('Set', 'elts*'),
        ('ListComp', 'elt generators*'),
        ('SetComp', 'elt generators*'),
        ('DictComp', 'key value generators*'),
        ('GeneratorExp', 'elt generators*'),
        ('Await', 'value'),
        ('Yield', 'value?'),
        ('YieldFrom', 'value'),
        ('Compare', 'left ops* comparators*'),
        ('Call', 'func args* keywords*'),
        ('FormattedValue', 'value conversion format_spec?'),
        ('JoinedStr', 'values*'),
        ('Constant', 'value kind?'),
        ('Attribute', 'value attr ctx'),
        ('Subscript', 'value slice ctx'),
        ('Starred', 'value ctx'),
        ('Name', 'id ctx'),
        ('List', 'elts* ctx'),
        ('Tuple', 'elts* ctx'),
        ('Slice', 'lower? upper? step?'),
    ]),
    ('expr_context', (), [('Load', ''), ('Store', ''), ('Del', '')]),
    ('boolop', (), [('And', ''), ('Or', '')]),
    ('operator', (), [(n, '') for n in ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
                                        'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd',
                                        'FloorDiv')]),
    ('unaryop', (), [(n, '') for n in ('Invert', 'Not', 'UAdd', 'USub')]),
    ('cmpop', (), [(n, '') for n in ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot',
                                     'In', 'NotIn')]),
    ('excepthandler', _POS, [('ExceptHandler', 'type? name? body*')]),
    ('pattern', _POS, [
        ('MatchValue', 'value'),
        ('MatchSingleton', 'value'),
        ('MatchSequence', 'patterns*'),
        ('MatchMapping', 'keys* patterns* rest?'),
        ('MatchClass', 'cls patterns* kwd_attrs* kwd_patterns*'),
        ('MatchStar', 'name?'),
        ('MatchAs', 'pattern? name?'),
        ('MatchOr', 'patterns*'),
    ]),
    ('type_ignore', (), [('TypeIgnore', 'lineno tag')]),
]

# Product types (no base category of their own besides AST).
_PRODUCTS = [
    ('comprehension', (), 'target iter ifs* is_async'),
    ('arguments', (), 'posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*'),
    ('arg', _POS, 'arg annotation? type_comment?'),
    ('keyword', _POS, 'arg? value'),
    ('alias', _POS, 'name asname?'),
    ('withitem', (), 'context_expr optional_vars?'),
    ('match_case', (), 'pattern guard? body*'),
]


def _make_class(name, base, attributes, spec):
    names = tuple(f.rstrip('?*') for f in spec.split())
    ns = {'_fields': names, '_attributes': attributes, '__module__': 'ast'}
    for f in spec.split():
        if f.endswith('?'):
            ns[f[:-1]] = None
    if 'end_lineno' in attributes:
        ns['end_lineno'] = None
        ns['end_col_offset'] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


for _cat, _attrs, _classes in _SPEC:
    _base = type(_cat, (AST,), {'_fields': (), '_attributes': _attrs, '__module__': 'ast'})
    globals()[_cat] = _base
    for _name, _spec in _classes:
        _make_class(_name, _base, _attrs, _spec)

for _name, _attrs, _spec in _PRODUCTS:
    _make_class(_name, AST, _attrs, _spec)

# Singletons for the field-less operator and context classes, as CPython shares them.
_SINGLE = {}
for _cat in ('expr_context', 'boolop', 'operator', 'unaryop', 'cmpop'):
    for _name, _spec in [c for c in _SPEC if c[0] == _cat][0][2]:
        _SINGLE[_name] = globals()[_name]()

del _cat, _attrs, _classes, _base, _name, _spec


def _build(t):
    if type(t) is list:
        return [_build(x) for x in t]
    if type(t) is not tuple:
        return t
    name, fields, pos = t
    single = _SINGLE.get(name)
    if single is not None:
        return single
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for fname, value in zip(cls._fields, fields):
        d[fname] = _build(value)
    if name == 'Constant' and fields[1] == '__ellipsis__':
        d['value'] = ...
        d['kind'] = None
    if pos is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = pos
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if mode == 'func_type':
        raise ValueError("func_type mode is not supported by Heron's ast.parse")
    return _build(_parse(source, str(filename), mode))


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    todo = [node]
    while todo:
        node = todo.pop(0)
        todo.extend(iter_child_nodes(node))
        yield node


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = fmt(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = fmt(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)[0]


def literal_eval(node_or_string):
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def bad(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno is not None:
            msg += ' on line %d' % lno
        raise ValueError(msg + ': ' + repr(node))

    def num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            bad(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = num(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return num(node)

    def conv(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(conv, node.elts))
        if isinstance(node, List):
            return list(map(conv, node.elts))
        if isinstance(node, Set):
            return set(map(conv, node.elts))
        is_call = isinstance(node, Call) and isinstance(node.func, Name)
        if is_call and node.func.id == 'set' and node.args == node.keywords == []:
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                bad(node)
            return dict(zip(map(conv, node.keys), map(conv, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return conv(node_or_string)


def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno += n
    return node


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        lines = text.expandtabs().split('\n')
        margin = None
        for line in lines[1:]:
            stripped = line.lstrip()
            if stripped:
                ind = len(line) - len(stripped)
                margin = ind if margin is None else min(margin, ind)
        if margin is not None:
            lines = [lines[0].lstrip()] + [l[margin:] for l in lines[1:]]
        else:
            lines[0] = lines[0].lstrip()
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        text = '\n'.join(lines)
    return text


class NodeVisitor(object):
    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
