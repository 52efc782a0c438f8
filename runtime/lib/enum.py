"""Enumerations (Heron's own implementation of the 3.11 `enum` behaviour).

The metaclass `EnumType` collects the class body's members through `_EnumDict` (its
`__prepare__`), turns them into instances of the new class, and gives the class its container
protocol (`__iter__`, `__len__`, `__contains__`, `__getitem__`) and value lookup (`__call__`).
"""

import sys as _sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "property", "verify", "global_enum"]

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property:
    """A read-only attribute of members (`name`, `value`), as `enum.property`."""

    def __init__(self, fget=None, doc=None):
        self.fget = fget
        self.__doc__ = doc
        self.name = None
        self.clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


class _EnumDict(dict):
    """The class-body namespace: records member names in order and resolves `auto()`."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or "", key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                self._ignore = list(value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif _is_descriptor(value):
            if key in self:
                pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_member_type(bases):
    for base in bases:
        for c in base.__mro__:
            if c is object or isinstance(c, EnumType):
                continue
            return c
    return object


def _find_enum_base(bases):
    for base in bases:
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        base = _find_enum_base(bases)
        if base is not None:
            if base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
            d._generate_next_value = base._generate_next_value_
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        members = {k: classdict[k] for k in member_names}
        ns = {}
        for k, v in classdict.items():
            if k not in members:
                ns[k] = v
        custom_new = ns.get("__new__")
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        member_type = _find_member_type(bases)
        ns["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if custom_new is None:
            for b in enum_class.__mro__[1:]:
                n = b.__dict__.get("_new_member_")
                if n is not None:
                    custom_new = n
                    break
        else:
            type.__setattr__(enum_class, "_new_member_", custom_new)
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                if member_type is object:
                    member._value_ = value
                else:
                    member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            init = _user_init(enum_class)
            if init is not None:
                init(member, *args)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(value, member)
                except TypeError:
                    enum_class._unhashable_values_.append(value)
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        # A mixed-in data type's repr/str/format must not hide the enum's (3.11 rules).
        first_enum = _find_enum_base(bases)
        if first_enum is not None:
            for mname in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if mname in ns:
                    continue
                found = getattr(enum_class, mname)
                if found == getattr(member_type, mname) or found == getattr(object, mname):
                    type.__setattr__(enum_class, mname, getattr(first_enum, mname))
        if issubclass(enum_class, Flag) if "Flag" in globals() else False:
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_member_(value)
        kw = {"module": module, "qualname": qualname, "type": type, "start": start}
        return cls._create_(value, names, **kw)

    def _lookup_member_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if "Flag" in globals() and issubclass(cls, Flag):
                raise ValueError(cls._invalid_flag_message(value))
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__["_member_map_"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __repr__(cls):
        if "Flag" in globals() and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


def _user_init(enum_class):
    """The `__init__` members get called with, if an enum class in the MRO defines one."""
    for c in enum_class.__mro__:
        init = c.__dict__.get("__init__")
        if init is not None:
            return init if isinstance(c, EnumType) else None
    return None


class _MembersDescr:
    """`Color.__members__`: name -> member, aliases included (a copy, where CPython gives a
    read-only mappingproxy)."""

    def __get__(self, cls, owner=None):
        if cls is None:
            return self
        return dict(cls._member_map_)


type.__setattr__(EnumType, "__members__", _MembersDescr())

EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


def _int_str(self):
    return repr(int(self))


def _int_format(self, format_spec):
    return format(int(self), format_spec)


IntEnum._value_repr_ = int.__repr__
IntEnum.__str__ = _int_str
IntEnum.__format__ = _int_format


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum.__str__ = str.__str__
StrEnum.__format__ = str.__format__


def _bits_of(value):
    while value:
        low = value & (-value)
        yield low
        value ^= low


class Flag(Enum):
    """Support for flags: members combine with |, &, ^ and ~."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            high = max(high, v.bit_length())
        return 2 ** high

    @classmethod
    def _keeps_extra_bits(cls):
        return False

    @classmethod
    def _invalid_flag_message(cls, value):
        if not isinstance(value, int):
            return "%r is not a valid %s" % (value, cls.__qualname__)
        width = max(value.bit_length(), cls._flag_mask_.bit_length())
        given = format(value, "0%db" % width)
        allowed = format(cls._flag_mask_, "0%db" % width)

        def groups(s):
            s = s.rjust((len(s) + 3) // 4 * 4, "0")
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return "%s invalid value %r\n    given 0b0 %s\n  allowed 0b0 %s" % (
            repr(cls), value, groups(given), groups(allowed))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        if value < 0:
            value = cls._all_bits_ + 1 + value
            if value < 0:
                return None
        extra = value & ~cls._flag_mask_
        if extra and not cls._keeps_extra_bits():
            return None
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members(value)]
        if extra:
            names.append(str(extra))
        pseudo._name_ = "|".join(names) if names else None
        try:
            cls._value2member_map_.setdefault(value, pseudo)
            pseudo = cls._value2member_map_[value]
        except TypeError:
            pass
        return pseudo

    @classmethod
    def _iter_members(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                yield m

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_members(self._value_)

    def __len__(self):
        return len(list(self._iter_members(self._value_)))

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ (self._value_ & self._flag_mask_))


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    @classmethod
    def _keeps_extra_bits(cls):
        return True

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


IntFlag._value_repr_ = int.__repr__
IntFlag.__str__ = _int_str
IntFlag.__format__ = _int_format


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls):
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
