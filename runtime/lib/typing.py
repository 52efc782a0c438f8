"""typing for Heron: the names scripts use in annotations.

Special forms and generic aliases are subscriptable and print like
CPython's for the common cases (typing.List[int], typing.Optional[int] ->
typing.Optional[int], typing.Union[int, str]).
Heron note: Generic[T]/Protocol[T] evaluate to the class itself (Heron has no
__mro_entries__ yet); NamedTuple/TypedDict are classes with a metaclass.
Not implemented: runtime type checking helpers beyond cast/get_type_hints
(basic), ParamSpec/TypeVarTuple semantics, Protocol structural isinstance
checks (runtime_checkable only marks the class), TypedDict totality checks.
"""

import collections.abc as _abc
import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, special_name=None):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._special = special_name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._special == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name and not name.startswith('typing.'):
            name = 'typing.' + name
        if self.__args__ == ((),):
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        # substitute TypeVars in order
        it = iter(params)
        new = tuple(next(it) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, new, self._name, self._special)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return ()

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias such as typing.List (-> list)."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} " f"arguments for typing.{self._name}; actual {len(params)}, " f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        return _CallableGeneric(args, result)


class _CallableGeneric(_GenericAlias):
    def __init__(self, args, result):
        super().__init__(_abc.Callable, (args, result), 'Callable')

    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            a = '...'
        else:
            a = '[' + ', '.join(_type_repr(x) for x in args) + ']'
        return f'typing.Callable[{a}, {_type_repr(result)}]'


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    special = 'Optional' if len(flat) == 2 and type(None) in flat else None
    if special:
        other = flat[0] if flat[1] is type(None) else flat[1]
        if flat[0] is type(None):
            special = None
        alias = _GenericAlias(Union, tuple(flat), 'Union', special)
        if special:
            alias.__args__ = tuple(flat)
            alias._opt = other
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _classvar_getitem(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    alias = _GenericAlias(self, parameters, 'Literal')
    return alias


def _literal_repr_args(alias):
    return ', '.join(repr(a) for a in alias.__args__)


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'


def _literal_getitem2(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters, 'Literal')


def _any_getitem(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm('Any', _any_getitem)
NoReturn = _SpecialForm('NoReturn', _any_getitem)
Never = _SpecialForm('Never', _any_getitem)
Self = _SpecialForm('Self', _any_getitem)
LiteralString = _SpecialForm('LiteralString', _any_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _classvar_getitem)
Final = _SpecialForm('Final', _classvar_getitem)
Literal = _SpecialForm('Literal', _literal_getitem2)
TypeAlias = _SpecialForm('TypeAlias', _any_getitem)
Concatenate = _SpecialForm('Concatenate', _classvar_getitem)
TypeGuard = _SpecialForm('TypeGuard', _classvar_getitem)
Required = _SpecialForm('Required', _classvar_getitem)
NotRequired = _SpecialForm('NotRequired', _classvar_getitem)
Annotated = _SpecialForm('Annotated', lambda self, p: _GenericAlias(p[0], p[1:], 'Annotated') if isinstance(p, tuple) else _GenericAlias(p, (), 'Annotated'))

List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Hashable = _abc.Hashable
Sized = _abc.Sized
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')


def _lazy_collections():
    import collections
    return collections


_c = _lazy_collections()
DefaultDict = _SpecialGenericAlias(_c.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_c.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_c.Counter, 1, 'Counter')
Deque = _SpecialGenericAlias(_c.deque, 1, 'Deque')
ChainMap = _SpecialGenericAlias(_c.ChainMap, 2, 'ChainMap')
del _c
Text = str
AnyStr = None  # replaced below


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')


class ParamSpec(TypeVar):
    pass


class Generic:
    """Base class for generic classes: class Box(Generic[T])."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            # Generic[T] / Protocol[T] are only used as bases: hand back the class
            # itself (no __mro_entries__ needed).
            return cls
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. " "A series of @typing.overload-decorated functions " "outside a stub module should always be followed " "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}"[:200])


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if isinstance(tp, _CallableGeneric) and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    g = globalns
    if g is None:
        g = getattr(_sys.modules.get(getattr(obj, '__module__', None)), '__dict__', {})
    for k, v in list(hints.items()):
        if isinstance(v, str):
            try:
                hints[k] = eval(v, g, localns)
            except Exception:
                pass
        if v is None:
            hints[k] = type(None)
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not bases:
            return super().__new__(mcls, typename, bases, ns)
        import collections
        types = ns.get('__annotations__', {})
        defaults = [ns[n] for n in types if n in ns]
        nt = collections.namedtuple(typename, list(types), defaults=defaults or None, module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__') and key not in types:
                setattr(nt, key, val)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if not bases:
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns['__annotations__'] = annotations
        tp = type.__new__(mcls, name, (dict,), ns)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            return _TypedDictMeta(typename, (dict,), {'__annotations__': dict(fields)}, total=total)
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass


SupportsInt = _abc.Hashable
SupportsFloat = _abc.Hashable
SupportsAbs = _abc.Hashable
SupportsIndex = _abc.Hashable
IO = object
TextIO = object
BinaryIO = object
