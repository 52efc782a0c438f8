"""types for Heron: names for built-in types, SimpleNamespace, new_class.

Not implemented: MemberDescriptorType, prepare_class's full metaclass calculation corner cases,
DynamicClassAttribute, coroutine(), GenericAlias/UnionType objects.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _ag


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:
    class mappingproxy:
        """Read-only view of a mapping."""

        def __new__(cls, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
                raise TypeError("mappingproxy() argument must be a mapping, not "
                                f"{type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, '_m', mapping)
            return self

        def __getitem__(self, key):
            return self._m[key]

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __iter__(self):
            return iter(self._m)

        def __len__(self):
            return len(self._m)

        def __contains__(self, key):
            return key in self._m

        def __eq__(self, other):
            return self._m == other

        def __repr__(self):
            return f"mappingproxy({self._m!r})"

        def __or__(self, other):
            return dict(self._m) | other

        def __reversed__(self):
            return reversed(self._m)

        def get(self, key, default=None):
            return self._m.get(key, default)

        def keys(self):
            return self._m.keys()

        def values(self):
            return self._m.values()

        def items(self):
            return self._m.items()

        def copy(self):
            return self._m.copy()

    mappingproxy.__module__ = 'builtins'
    MappingProxyType = mappingproxy
    del mappingproxy
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CellType = type((lambda x: lambda: x)(0).__closure__[0])
MethodWrapperType = type(object().__str__)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)
try:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
except (KeyError, AttributeError):
    pass
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (KeyError, AttributeError):
    pass
del _f, _g, _C


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def resolve_bases(bases):
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            new_bases.append(base)
            continue
        new = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases.extend(new)
    if not changed:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)
