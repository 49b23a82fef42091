// The enum module, as Python source run by pyvm itself (see python_source.ts): EnumType
// (the metaclass: members gathered in definition order by the class body's namespace,
// _EnumDict, then made into instances of the class), Enum, IntEnum, StrEnum, Flag, IntFlag,
// ReprEnum, auto, unique, member/nonmember, the functional API (Enum('Color', 'RED GREEN')),
// _missing_ and _generate_next_value_, reprs and messages as CPython 3.11 prints them,
// Flag's boundary policies (FlagBoundary: STRICT, CONFORM, EJECT, KEEP), verify with
// EnumCheck (UNIQUE, CONTINUOUS, NAMED_FLAGS), global_enum, show_flag_values, enum.property,
// pickle_by_enum_name and pickle_by_global_name.
// _ignore_ names are dropped from the class.

import { definePythonModule } from './python_source';
import './types_source';

export const ENUM_SOURCE = `
"""Enumerations: classes whose instances are a fixed set of named members."""

from types import DynamicClassAttribute

import sys as _sys
from functools import reduce as _reduce
from operator import or_ as _or_

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'member', 'nonmember',
           'property', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'pickle_by_global_name',
           'pickle_by_enum_name']

_builtin_bin = bin
STRICT = CONFORM = EJECT = KEEP = None   # FlagBoundary's members, once it exists


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for the next value: _generate_next_value_ decides it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an attribute to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                 '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                 '_iter_member_by_def_', '_value_repr_', '_value_', '_name_')


class _EnumDict(dict):
    """The class body's namespace: records the members in the order they are defined."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._generate = generate
        self._ignore = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_ignore_':
                # names (a list, or a string of them) the class body uses that are no members
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                taken = set(names) & set(self._member_names)
                if taken:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (taken,))
                self._ignore = names
            elif key == '_generate_next_value_':
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            pass
        elif key in self._ignore:
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or base is chain and isinstance(base, EnumType):
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if base in (int, str, float, bytes, complex, tuple) or '__new__' in base.__dict__:
                return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum if 'Enum' in globals() else None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "\`EnumName([mixin_type, ...] [data_type,] enum_type)\`")
    return last


class EnumType(type):
    """Metaclass of the enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first = _first_enum(bases) if bases else None
        generate = getattr(first, '_generate_next_value_', None) if first is not None else None
        if generate is None:
            generate = _default_next_value
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_names = classdict._member_names
        for key in classdict._ignore + ['_ignore_']:
            classdict.pop(key, None)
        order = classdict.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        bad = [n for n in member_names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in bad))
        plain = {k: v for k, v in classdict.items() if k not in member_names}
        member_type = _find_data_type(bases)
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumType) else None
        plain['_member_names_'] = []
        plain['_member_map_'] = {}
        plain['_value2member_map_'] = {}
        plain['_member_type_'] = member_type
        # An enum's own __new__ makes its members (from their values); the class's __new__
        # stays Enum's, which looks a value up (inspect's _ParameterKind, an IntEnum whose
        # members' values are their definition order).
        if first_enum is not None and '__new__' in plain:
            plain['__new_member__'] = plain.pop('__new__')
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        # Every enumeration's __new__ is Enum's (a lookup by value), whatever its data type's
        # (class MixedInt(int, Enum) must not make ints), as CPython's EnumType.__new__.
        if first_enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        new_member = enum_class.__dict__.get('__new_member__')
        if new_member is None:
            for klass in enum_class.__mro__[1:]:
                own = klass.__dict__.get('__new_member__') or (klass.__dict__.get('__new__') if not isinstance(klass, EnumType) and klass is not object else None)
                if own is not None:
                    new_member = own
                    break
        # the __new__ that makes the members (object.__new__ when there is none of their own)
        # and whether it takes the member's value as arguments, as CPython 3.11's EnumType
        type.__setattr__(enum_class, '_new_member_', object.__new__ if new_member is None else new_member)
        type.__setattr__(enum_class, '_use_args_', new_member is not None)
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is None:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value if member_type is object else member_type(*args)
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is not None:
                enum_member = canonical   # an alias: the first member with the value
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                pass
            # A member whose name a base defines as a property (enum.property, property, a
            # DynamicClassAttribute: a member called 'name' or 'value') is stored as a redirect:
            # the class gets the member, the members still get the base's property.
            found = None
            for klass in enum_class.__mro__[1:]:
                d = klass.__dict__.get(name)
                if d is None:
                    continue
                if isinstance(d, (property, DynamicClassAttribute)):
                    found = d
                    break
                if hasattr(d, 'fget') and hasattr(d, 'fset') and hasattr(d, 'fdel'):
                    found = d
            if found is not None:
                redirect = _member_property(found.fget, found.fset, found.fdel)
                redirect.member = enum_member
                redirect.__set_name__(enum_class, name)
                type.__setattr__(enum_class, name, redirect)
            else:
                type.__setattr__(enum_class, name, enum_member)
        # A data type's __repr__/__str__/__format__ found before the enum's own (IntEnum's
        # MRO has int first) gives way to the enum's, unless the class body chose it.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if boundary is not None or (Flag is not None and issubclass(enum_class, Flag)):
            type.__setattr__(enum_class, '_boundary_', boundary or getattr(first_enum, '_boundary_', None))
        if Flag is not None and issubclass(enum_class, Flag):
            # Only single-bit members are canonical (iterated, listed); the others are aliases.
            enum_class._member_names_[:] = [
                n for n in enum_class._member_names_ if _is_single_bit(enum_class._member_map_[n]._value_)]
            all_bits = 0
            singles = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
            for n in enum_class._member_names_:
                singles |= enum_class._member_map_[n]._value_
            enum_class._flag_mask_ = all_bits
            enum_class._singles_mask_ = singles
            # members listed out of value order: composites list them in definition order
            values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
            enum_class._by_definition_ = values != sorted(values)
            enum_class._all_bits_ = (1 << all_bits.bit_length()) - 1 if all_bits else 0
        if order is not None:
            # _order_ lists the canonical members (for a Flag: its single bits) in order
            if Flag is not None and issubclass(enum_class, Flag):
                order = [o for o in order if o not in enum_class._member_map_
                         or _is_single_bit(enum_class._member_map_[o]._value_)]
            # aliases (names of members listed under another name) are not in the order
            order = [o for o in order if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\\n  %r\\n  %r'
                                % (enum_class._member_names_, order))
        # a Flag mixed with a data type (class F(int, Flag)) takes Flag's operators, not the
        # data type's, unless its body defines them
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    setattr(enum_class, op, getattr(Flag, op))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum named name made of the module's (or source's) globals that filter accepts,
        which replace those globals (signal.Signals, re.RegexFlag ...)."""
        import sys
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source is not None else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new = cls(name, members, module=module)
        module_globals.update(new.__members__)
        module_globals[name] = new
        return new

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        # the module is the caller's (two frames up: past __call__), else the class does
        # not pickle
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        if module is None:
            _make_class_unpicklable(enum_class)
        return enum_class

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        # what the class's attribute lookup did not find: a member shadowed by a property of
        # the same name on a base, else AttributeError(name) (CPython 3.11's message)
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
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

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __dir__(cls):
        # the class's protocol, its members, and (for a mixed-in data type) all that type has;
        # not the methods the enum defines (those are its members' attributes)
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)


EnumMeta = EnumType
Flag = None
_BASE_ENUMS = ()   # the module's own enum classes, left out of dir(); set at the end


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            continue
    raise TypeError('unable to increment %r' % (last_values[-1],))


class _member_property(DynamicClassAttribute):
    \"\"\"name and value: read-only on members, absent on the class.\"\"\"

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    member = None

    def __get__(self, instance, ownerclass=None):
        # on the class: the member of that name (if any); on a member: the property's value,
        # or the member of that name when the property has no getter
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        return self.fdel(instance)


class Enum(metaclass=EnumType):
    """Base class of the enumerations."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        if not cls._member_map_:
            # reached through super().__new__ in a member-making __new__, before any member exists
            raise TypeError('%r has no members defined' % cls)
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        # a member: its public attributes and those of its class's MRO (not the other members);
        # with a data type, everything object.__dir__ finds too
        cls = type(self)
        members = cls._member_map_
        names = set(object.__dir__(self)) if cls._member_type_ is not object else set()
        names.update(k for k in getattr(self, '__dict__', ()) if k[:1] != '_' and k not in members)
        for klass in cls.__mro__:
            for k, v in klass.__dict__.items():
                if k[:1] == '_':
                    continue
                if isinstance(v, _member_property):
                    if v.fget is not None or k not in members:
                        names.add(k)
                    else:
                        names.discard(k)
                elif k not in members:
                    names.add(k)
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_member_property
    def name(self):
        """The name of the member."""
        return self._name_

    @_member_property
    def value(self):
        """The value of the member."""
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    """An enumeration whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""

    _value_repr_ = int.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __new_member__ = __new__
    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


StrEnum.__new__ = Enum.__new__
IntEnum.__new__ = Enum.__new__


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bits(value):
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


def pickle_by_global_name(self, proto):
    # (for enums whose members are module globals; not for Flags)
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # (not for Flags)
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value outside its members' bits: "strict" raises (Flag's
    default), "conform" drops the extra bits, "eject" gives a plain int, "keep" keeps them
    (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members can be combined with |, & and ^."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        # outside the members' bits: the class's boundary decides
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\\n    given %s\\n  allowed %s' % (
                    cls, value, _bin(value, width), _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        found = []
        for bit in _bits(value):
            m = cls._value2member_map_.get(bit)
            if m is not None and m._name_ in cls._member_names_:
                found.append(m)
        if cls.__dict__.get('_by_definition_', False):
            order = cls._member_names_
            found.sort(key=lambda m: order.index(m._name_))
        yield from found

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return _builtin_bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        # EJECT and KEEP invert every bit (the boundary then decides), the others only the
        # members' single bits (CPython 3.11.7)
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    # Two's complement with a sign bit first: '0b0 1010' for 10, '0b1 0101' for ~10.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


bin = _bin


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    _value_repr_ = int.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(int(self) | other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(int(self) & other)
        return Flag.__and__(self, other)

    def __xor__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            return self.__class__(int(self) ^ other)
        return Flag.__xor__(self, other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

IntFlag.__new__ = Enum.__new__


_BASE_ENUMS = (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag)


def unique(enumeration):
    """A class decorator: ValueError if any two members have the same value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & (~num + 1)
        yield low
        num ^= low


def _make_class_unpicklable(obj):
    """Makes pickling obj (a class) fail with a clear message."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    setattr(obj, '__reduce_ex__', _break_on_call_reduce)
    setattr(obj, '__module__', '<unknown>')


def show_flag_values(value):
    """The single-bit values of value, lowest first."""
    return list(_iter_bits_lsb(value))


def _power_of_two(value):
    if value < 1:
        return False
    return value == 2 ** _high_bit(value)


def global_enum_repr(self):
    """repr() as module.NAME (the last part of the class's module)."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag as module.NAME, module.A|module.B ..."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    parts = []
    for n in self._name_.split('|'):
        parts.append(n if n[0].isdigit() else '%s.%s' % (module, n))
    return '|'.join(parts)


def global_str(self):
    """str() as the bare member name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members' repr() name their module instead of their class, and the
    members become globals of that module."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Conditions verify() can check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                              if name != member.name]
                if duplicates:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in duplicates)))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        missing_value |= _reduce(_or_, missed)
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration


property = _member_property


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """A class decorator the standard library uses (uuid.SafeUUID, re.RegexFlag ...): the
    class made into an enum of etype with the same members and methods."""
    def convert_class(cls):
        ns = type(etype).__prepare__(cls.__name__, (etype,))
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            ns[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return type(etype)(cls.__name__, (etype,), ns, **kwds)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Checks that simple_enum (made by @_simple_enum) matches checked_enum (made with the
    class statement): the same members with the same names and values, and the same plain
    (non-callable) class attributes. Raises TypeError listing the differences."""
    failed = []
    checked_members = dict(checked_enum.__members__)
    simple_members = dict(simple_enum.__members__)
    for name in checked_members:
        if name not in simple_members:
            failed.append('missing member from simple enum: %r' % (name,))
    for name in simple_members:
        if name not in checked_members:
            failed.append('extra member in simple enum: %r' % (name,))
    for name in checked_members:
        if name not in simple_members:
            continue
        a, b = checked_members[name], simple_members[name]
        for attr in ('_name_', '_value_', 'value', 'name'):
            va, vb = getattr(a, attr, None), getattr(b, attr, None)
            if va != vb:
                failed.append('%s.%s:  %r != %r' % (name, attr, va, vb))
    skip = {'__module__', '__doc__', '__qualname__', '_member_map_', '_value2member_map_', '_member_names_',
            '_unhashable_values_', '_member_type_', '_value_repr_', '__dict__', '__weakref__',
            '_new_member_', '_use_args_', '_singles_mask_', '_all_bits_', '_flag_mask_', '_inverted_'}
    checked_dict, simple_dict = checked_enum.__dict__, simple_enum.__dict__
    for key in set(checked_dict) | set(simple_dict):
        if key in skip or key in checked_members or key in simple_members:
            continue
        if key not in simple_dict:
            failed.append('missing key: %r' % (key,))
        elif key not in checked_dict:
            failed.append('extra key:   %r' % (key,))
        else:
            va, vb = checked_dict[key], simple_dict[key]
            if callable(va) or isinstance(va, (property, DynamicClassAttribute, staticmethod, classmethod)):
                continue
            if va != vb:
                failed.append('%r:  %r != %r' % (key, va, vb))
    if failed:
        raise TypeError('enum mismatch:\\n   %s' % '\\n   '.join(failed))
`;

definePythonModule('enum', ENUM_SOURCE);
