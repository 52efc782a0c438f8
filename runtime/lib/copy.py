"""copy for Heron: shallow and deep copy operations.

Plain instances are copied through cls.__new__ and their __dict__ (and
__slots__ values); __copy__/__deepcopy__ and __reduce_ex__ results of the
(callable, args, state, listitems, dictitems) form are honoured.
Not implemented: copyreg dispatch tables.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           _types.FunctionType, _types.CodeType, property)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _instance_state(x):
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return state, slots


def _set_state(y, state, slots, transform):
    if state:
        if hasattr(y, '__setstate__') and type(y).__dict__.get('__setstate__'):
            y.__setstate__(transform(state))
            return
        _update_dict(y, transform(dict(state)))
    for name, value in slots.items():
        setattr(y, name, transform(value))


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    rv = None
    if reductor is not None and cls.__reduce_ex__ is not object.__reduce_ex__:
        rv = reductor(x, 4)
    elif getattr(cls, '__reduce__', None) is not None and cls.__reduce__ is not object.__reduce__:
        rv = x.__reduce__()
    if isinstance(rv, str):
        return x
    if rv is not None:
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, lambda v: v)


def _copy_instance(x, transform, memo=None):
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif isinstance(x, tuple):
        getnew = getattr(x, '__getnewargs__', None)
        args = getnew() if getnew is not None else ()
        y = cls.__new__(cls, *[transform(a) for a in args])
    elif isinstance(x, (int, float, complex, str, bytes, frozenset)):
        y = cls.__new__(cls, x)
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and cls.__dict__.get('__getstate__') is not None:
        state = x.__getstate__()
        if hasattr(y, '__setstate__'):
            y.__setstate__(transform(state))
        else:
            _update_dict(y, transform(state))
    else:
        state, slots = _instance_state(x)
        _set_state(y, state, slots, transform)
    if isinstance(x, list):
        y.extend([transform(v) for v in x])
    elif isinstance(x, dict):
        for key, value in x.items():
            y[transform(key)] = transform(value)
    elif isinstance(x, set):
        y.update([transform(v) for v in x])
    return y


def _update_dict(y, state):
    try:
        d = y.__dict__
    except AttributeError:
        d = None
    if d is None:
        for key, value in state.items():
            setattr(y, key, value)
    else:
        d.update(state)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple that contains itself through a mutable object is already in memo
        if d in memo:
            return memo[d]
        same = all(a is b for a, b in zip(items, x))
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = None
            if cls.__reduce_ex__ is not object.__reduce_ex__:
                rv = x.__reduce_ex__(4)
            elif getattr(cls, '__reduce__', None) is not None and cls.__reduce__ is not object.__reduce__:
                rv = x.__reduce__()
            if isinstance(rv, str):
                y = x
            elif rv is not None:
                y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, lambda v: deepcopy(v, memo), memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
