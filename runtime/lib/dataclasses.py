"""dataclasses for Heron: the @dataclass decorator and helpers.

__init__ is a closure that binds arguments by field order (no generated
source), so inspect.signature(cls) does not show the fields.
Not implemented: slots=True, weakref_slot, kw_only fields (KW_ONLY) beyond the
kw_only flag, InitVar/ClassVar detection from string annotations,
make_dataclass, __match_args__ is set.
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', repr(self.type))
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(' f'name={self.name!r},' f'type={self.type!r},' f'default={self.default!r},' f'default_factory={self.default_factory!r},' f'init={self.init!r},' f'repr={self.repr!r},' f'hash={self.hash!r},' f'compare={self.compare!r},' f'metadata={self.metadata!r},' f'kw_only={self.kw_only!r},' f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return getattr(tp, '_name', None) == 'ClassVar' or tp is getattr(tp, '__origin__', 0) == 'ClassVar'


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = '_FIELD'
    if isinstance(tp, InitVar) or tp is InitVar:
        f._field_type = '_FIELD_INITVAR'
    elif _is_classvar(tp):
        f._field_type = '_FIELD_CLASSVAR'
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type == '_FIELD' and f.default_factory is MISSING:
        d = f.default
        if isinstance(d, (list, dict, set)) or (d is not MISSING and type(d).__hash__ is None):
            raise ValueError(f'mutable default {type(d)} for field ' f'{name} is not allowed: use default_factory')
    return f


def _field_repr_list(flds):
    return [f for f in flds if f._field_type == '_FIELD']


def _make_init(cls, flds, frozen, has_post_init):
    init_fields = [f for f in flds if f.init and f._field_type != '_FIELD_CLASSVAR']
    pos = [f for f in init_fields if not f.kw_only]
    kwonly = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in pos:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = f'{cls.__qualname__}.__init__'
    names = [f.name for f in init_fields]
    pos_names = [f.name for f in pos]

    def __init__(self, *args, **kwargs):
        if len(args) > len(pos):
            total = len(pos) + 1
            given = len(args) + 1
            least = 1 + sum(1 for f in pos if _no_default(f))
            if least == total:
                takes = f'{total} positional argument' + ('s' if total != 1 else '')
            else:
                takes = f'from {least} to {total} positional arguments'
            raise TypeError(f'{qualname}() takes {takes} but {given} were given')
        values = {}
        for f, a in zip(pos, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{k}'")
            if k not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
            values[k] = v
        missing = [n for n in pos_names if n not in values and _no_default(flds_by_name[n])]
        if missing:
            _raise_missing(qualname, missing, 'positional')
        missing = [f.name for f in kwonly if f.name not in values and _no_default(f)]
        if missing:
            _raise_missing(qualname, missing, 'keyword-only')
        initvars = []
        for f in flds:
            if f._field_type == '_FIELD_CLASSVAR':
                continue
            if f.init and f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if f._field_type == '_FIELD_INITVAR':
                initvars.append(v)
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        if has_post_init:
            self.__post_init__(*initvars)

    flds_by_name = {f.name: f for f in flds}
    __init__.__qualname__ = qualname
    return __init__


def _no_default(f):
    return f.default is MISSING and f.default_factory is MISSING


def _raise_missing(qualname, missing, kind):
    if len(missing) == 1:
        raise TypeError(f"{qualname}() missing 1 required {kind} argument: '{missing[0]}'")
    quoted = [f"'{m}'" for m in missing]
    text = ', '.join(quoted[:-1]) + ' and ' + quoted[-1]
    raise TypeError(f"{qualname}() missing {len(missing)} required {kind} arguments: {text}")


def _tuple_of(self, flds):
    return tuple(getattr(self, f.name) for f in flds)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields_map = {}
    base_frozen = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields_map[f.name] = f
            base_frozen = getattr(b, _PARAMS).frozen
    if base_frozen is not None and base_frozen != frozen:
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')

    annotations = cls.__dict__.get('__annotations__', {})
    kw_flag = kw_only
    own = []
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_flag = True
            continue
        own.append(_get_field(cls, name, tp, kw_flag))
    for f in own:
        fields_map[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    setattr(cls, _FIELDS, fields_map)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = list(fields_map.values())
    real = [f for f in all_fields if f._field_type == '_FIELD']
    has_post_init = hasattr(cls, '__post_init__')

    if init:
        cls.__init__ = _make_init(cls, all_fields, frozen, has_post_init)

    if repr:
        repr_fields = [f for f in real if f.repr]

        def __repr__(self):
            key = (id(self), 'repr')
            if key in _repr_running:
                return '...'
            _repr_running.add(key)
            try:
                parts = [f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields]
            finally:
                _repr_running.discard(key)
            return f'{self.__class__.__qualname__}(' + ', '.join(parts) + ')'
        __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
        if '__repr__' not in cls.__dict__:
            cls.__repr__ = __repr__

    cmp_fields = [f for f in real if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        if '__eq__' not in cls.__dict__:
            cls.__eq__ = __eq__

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')

        def _make_cmp(name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                return NotImplemented
            method.__name__ = name
            return method
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class ' f'{cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _make_cmp(name, op))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields_map:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields_map:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)
        for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
            setattr(cls, name, fn)

    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_explicit_hash or unsafe_hash:
            def __hash__(self):
                return hash(_tuple_of(self, hash_fields))
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(...)'

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only and f._field_type == '_FIELD')
    return cls


_repr_running = set()


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with ' 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
