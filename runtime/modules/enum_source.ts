// The enum module, as Python source run by pyvm itself (see python_source.ts): EnumType
// (the metaclass: members gathered in definition order by the class body's namespace,
// _EnumDict, then made into instances of the class), Enum, IntEnum, StrEnum, Flag, IntFlag,
// ReprEnum, auto, unique, member/nonmember, the functional API (Enum('Color', 'RED GREEN')),
// _missing_ and _generate_next_value_, reprs and messages as CPython 3.11 prints them.
// Not covered: Flag's boundary policies (STRICT/CONFORM/EJECT/KEEP) beyond the default,
// pickling support, _ignore_ and _order_ checks, global_enum and verify.

import { definePythonModule } from './python_source';
import './types_source';

export const ENUM_SOURCE = `
"""Enumerations: classes whose instances are a fixed set of named members."""

from types import DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'member', 'nonmember']


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

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
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
        new_member = enum_class.__dict__.get('__new_member__')
        if new_member is None:
            for klass in enum_class.__mro__[1:]:
                own = klass.__dict__.get('__new_member__') or (klass.__dict__.get('__new__') if not isinstance(klass, EnumType) and klass is not object else None)
                if own is not None:
                    new_member = own
                    break
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
        if Flag is not None and issubclass(enum_class, Flag):
            # Only single-bit members are canonical (iterated, listed); the others are aliases.
            enum_class._member_names_[:] = [
                n for n in enum_class._member_names_ if _is_single_bit(enum_class._member_map_[n]._value_)]
            all_bits = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
            enum_class._flag_mask_ = all_bits
            enum_class._all_bits_ = (1 << all_bits.bit_length()) - 1 if all_bits else 0
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
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

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
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        for klass in cls.__mro__:
            if klass is object or klass in _BASE_ENUMS:
                continue
            for k in klass.__dict__:
                if not k.startswith('_') and k not in cls._member_map_:
                    names.add(k)
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

    def __set__(self, instance, value):
        raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))


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
        result = cls._missing_(value)
        if isinstance(result, cls):
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
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for klass in type(self).__mro__:
            if klass is object or klass in _BASE_ENUMS:
                continue
            for k in klass.__dict__:
                if not k.startswith('_') and k not in type(self)._member_map_:
                    names.add(k)
        names.update(k for k in self.__dict__ if not k.startswith('_'))
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


class Flag(Enum):
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
        mask = cls._flag_mask_
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        if value & ~mask and not issubclass(cls, int):
            raise ValueError('%r invalid value %r\\n    given %s\\n  allowed %s' % (
                cls, value, _bin(value, cls._all_bits_.bit_length()), _bin(mask, cls._all_bits_.bit_length())))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(value & mask)]
        pseudo._name_ = '|'.join(names) if names else None
        if value & ~mask:
            pseudo._name_ = None
        if pseudo._name_ is not None or value == 0:
            cls._value2member_map_.setdefault(value, pseudo)
            pseudo = cls._value2member_map_[value]
        return pseudo

    @classmethod
    def _iter_member_(cls, value):
        for bit in _bits(value):
            m = cls._value2member_map_.get(bit)
            if m is not None and m._name_ in cls._member_names_:
                yield m

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

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
        if self._member_type_ is object or not issubclass(type(self), int):
            return self.__class__(self._flag_mask_ ^ self._value_)
        return self.__class__(~self._value_ & self._flag_mask_ if self._value_ >= 0 else ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, width):
    digits = bin(num)[2:]
    return '0b0 ' + digits.zfill(width)


class IntFlag(int, ReprEnum, Flag):
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

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ int(self))


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
`;

definePythonModule('enum', ENUM_SOURCE);
