"""Weak references: the containers and helpers over the `_weakref` primitives (Heron).

`ref`, `getweakrefcount` and `getweakrefs` come from the Rust module `_weakref`; the proxy
types, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `WeakMethod` and `finalize` are
written here.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
import sys as _sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _proxy_target(p):
    o = object.__getattribute__(p, "_ProxyType__ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _forward(name):
    def method(self, *args):
        return getattr(_proxy_target(self), name)(*args)
    method.__name__ = name
    return method


class ProxyType:
    __slots__ = ("_ProxyType__ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            me = ref(self)

            def cb(_r, callback=callback, me=me):
                p = me()
                if p is not None:
                    callback(p)
            r = ref(obj, cb)
        object.__setattr__(self, "_ProxyType__ref", r)

    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ProxyType__ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return _proxy_target(self) == other

    def __ne__(self, other):
        return _proxy_target(self) != other

    def __lt__(self, other):
        return _proxy_target(self) < other

    def __le__(self, other):
        return _proxy_target(self) <= other

    def __gt__(self, other):
        return _proxy_target(self) > other

    def __ge__(self, other):
        return _proxy_target(self) >= other

    def __iter__(self):
        return iter(_proxy_target(self))

    def __len__(self):
        return len(_proxy_target(self))

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __add__(self, other):
        return _proxy_target(self) + other

    def __sub__(self, other):
        return _proxy_target(self) - other

    def __mul__(self, other):
        return _proxy_target(self) * other

    def __radd__(self, other):
        return other + _proxy_target(self)

    def __index__(self):
        return _proxy_target(self).__index__()


ProxyType.__module__ = "weakref"


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that uses a weak reference."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method (holds the object and function weakly)."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "_alive", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            msg = "argument should be a bound method, not {}".format(type(meth))
            raise TypeError(msg) from None
        self_wr = ref(self)

        def _cb(arg):
            me = self_wr()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """Mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        me = ref(self)

        def remove(key, me=me):
            def cb(wr):
                d = me()
                if d is not None and d.data.get(key) is wr:
                    del d.data[key]
            return cb
        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remove(key))

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """Mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        me = ref(self)

        def remove(k, me=me):
            d = me()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        me = ref(self)

        def remove(item, me=me):
            s = me()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s(%r)}" % (type(self).__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return type(self)(x for x in self if x not in other)

    __sub__ = difference

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def intersection(self, other):
        return type(self)(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return not any(x in other for x in self)


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object which will be
    called when obj is garbage collected. The first time the finalizer is called it evaluates
    func(*arg, **kwargs) and returns the result. After this the finalizer is dead, and calling
    it just returns None. When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = iter(range(1 << 62))
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
