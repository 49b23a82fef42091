// dataclasses.make_dataclass, as Python source run by pyvm itself (see python_source.ts);
// dataclasses.ts fetches it from here on first use (its module __getattr__).
//
// Written from the dataclasses documentation and CPython 3.11's observable behaviour (its
// messages, the 'typing.Any' default annotation, the class made by types.new_class); not
// CPython's Lib/dataclasses.py.

import { definePythonModule } from './python_source';

export const DATACLASSES_EXTRA_SOURCE = `
"""dataclasses.make_dataclass."""

import keyword
import types
from dataclasses import dataclass


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dataclass named cls_name with the given fields: each a name, a
    (name, type) pair or a (name, type, Field) triple; a name alone is typed 'typing.Any'."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


make_dataclass.__module__ = 'dataclasses'


def _slots_of(cls):
    # The slot names a class declares itself (none without __slots__).
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(declared)


def _frozen_getstate(self):
    from dataclasses import fields
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    from dataclasses import fields
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    \"\"\"dataclass(slots=True): the same class made again with __slots__ for its fields (a
    class's __slots__ cannot be set once it exists).\"\"\"
    from dataclasses import fields
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


# The generated methods (@dataclass's __init__, __repr__, __eq__, order, __hash__, frozen
# __setattr__/__delattr__) are Python functions compiled from source text, as CPython's: they
# have signatures, qualnames and code of their own, and their errors are a function's.

class _FactorySentinel:
    __slots__ = ()

    def __repr__(self):
        return '<factory>'


_HAS_FACTORY = _FactorySentinel()


def _compile_fn(cls, name, params, body, env, module_globals, returns=None):
    """Compile def name(params): body with the names of env visible to it (a closure)."""
    env = dict(env)
    ret = ''
    if returns is not None:
        env['__dataclass_return__'] = returns[0]
        ret = ' -> __dataclass_return__'
    outer = ', '.join(env)
    lines = [f'def __dataclass_make__({outer}):',
             f'  def {name}({", ".join(params)}){ret}:']
    lines.extend('    ' + line for line in (body or ['pass']))
    lines.append(f'  return {name}')
    scope = {}
    exec('\\n'.join(lines), module_globals, scope)
    fn = scope['__dataclass_make__'](**env)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _repr_guard(fn):
    # repr of a recursive structure shows '...' where an instance repeats (per thread)
    import functools
    import _thread
    running = set()

    @functools.wraps(fn)
    def __repr__(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    return __repr__


def _tuple_of(obj, fields):
    return '(' + ''.join(f'{obj}.{f.name},' for f in fields) + ')'


def _build_methods(cls, wanted, fields, init_fields, frozen, slots, missing):
    """The methods named in wanted, as a dict; fields are the true fields, init_fields the
    fields and InitVars __init__ takes or sets (in order)."""
    import sys
    from dataclasses import FrozenInstanceError
    mod = sys.modules.get(cls.__module__)
    module_globals = mod.__dict__ if mod is not None else {}
    made = {}
    for name in wanted:
        if name == '__init__':
            made[name] = _init_method(cls, init_fields, frozen, slots, missing, module_globals)
        elif name == '__repr__':
            parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields if f.repr)
            body = [f'return self.__class__.__qualname__ + f"({parts})"']
            made[name] = _repr_guard(_compile_fn(cls, name, ['self'], body, {}, module_globals))
            made[name].__qualname__ = f'{cls.__qualname__}.__repr__'
        elif name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'):
            op = {'__eq__': '==', '__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}[name]
            cmp = [f for f in fields if f.compare]
            body = ['if other.__class__ is self.__class__:',
                    f' return {_tuple_of("self", cmp)}{op}{_tuple_of("other", cmp)}',
                    'return NotImplemented']
            made[name] = _compile_fn(cls, name, ['self', 'other'], body, {}, module_globals)
        elif name == '__hash__':
            hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]
            body = [f'return hash({_tuple_of("self", hashed)})']
            made[name] = _compile_fn(cls, name, ['self'], body, {}, module_globals)
        elif name in ('__setattr__', '__delattr__'):
            names = ''.join(f'{f.name!r},' for f in fields)
            verb = 'assign to' if name == '__setattr__' else 'delete'
            params = ['self', 'name', 'value'] if name == '__setattr__' else ['self', 'name']
            body = [f'if type(self) is __dataclass_cls__ or name in ({names}):',
                    f' raise __dataclass_frozen_error__(f"cannot {verb} field {{name!r}}")',
                    f'super(__dataclass_cls__, self).{name}({", ".join(params[1:])})']
            env = {'__dataclass_cls__': cls, '__dataclass_frozen_error__': FrozenInstanceError}
            made[name] = _compile_fn(cls, name, params, body, env, module_globals)
    return made


def _init_method(cls, init_fields, frozen, slots, missing, module_globals):
    from dataclasses import _FIELD, _FIELD_INITVAR
    names = {f.name for f in init_fields}
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    env = {'__dataclass_missing__': missing, '__dataclass_factory_mark__': _HAS_FACTORY,
           '__dataclass_object__': object}
    params = [self_name]
    kw_params = []
    body = []
    for f in init_fields:
        env[f'__dataclass_type_{f.name}__'] = f.type
        if f.init:
            p = f'{f.name}:__dataclass_type_{f.name}__'
            if f.default is not missing:
                env[f'__dataclass_default_{f.name}__'] = f.default
                p += f'=__dataclass_default_{f.name}__'
            elif f.default_factory is not missing:
                p += '=__dataclass_factory_mark__'
            (kw_params if f.kw_only else params).append(p)
        value = None
        if f.default_factory is not missing:
            env[f'__dataclass_factory_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_factory_{f.name}__() if {f.name} is __dataclass_factory_mark__ '
                         f'else {f.name}')
            else:
                value = f'__dataclass_factory_{f.name}__()'
        elif f.init:
            value = f.name
        elif slots and f.default is not missing:
            env[f'__dataclass_default_{f.name}__'] = f.default
            value = f'__dataclass_default_{f.name}__'
        if value is None or f._field_type is not _FIELD:
            continue
        if frozen:
            body.append(f'__dataclass_object__.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if hasattr(cls, '__post_init__'):
        initvars = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    if kw_params:
        params += ['*'] + kw_params
    return _compile_fn(cls, '__init__', params, body, env, module_globals, returns=(None,))


def _format_annotation(a):
    if getattr(a, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\\w\\.]+', lambda m: m.group().removeprefix('typing.'), repr(a))
    import types
    if isinstance(a, types.GenericAlias):
        return str(a)
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _function_signature(fn, drop_first):
    # str(inspect.signature(fn)) for a Python function (pyvm has no inspect of its own)
    code = fn.__code__
    ann = fn.__annotations__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    empty = object()

    def param(n, dflt=empty, prefix=''):
        text = prefix + n
        if n in ann:
            text += ': ' + _format_annotation(ann[n])
            if dflt is not empty:
                text += ' = ' + repr(dflt)
        elif dflt is not empty:
            text += '=' + repr(dflt)
        return text

    out = []
    first_default = npos - len(defaults)
    for i in range(npos):
        out.append(param(names[i], defaults[i - first_default] if i >= first_default else empty))
        if code.co_posonlyargcount and i == code.co_posonlyargcount - 1:
            out.append('/')
    i = npos + nkw
    varargs = code.co_flags & 0x04
    if varargs:
        out.append(param(names[i], prefix='*'))
    elif nkw:
        out.append('*')
    for n in names[npos:npos + nkw]:
        out.append(param(n, kwdefaults.get(n, empty)))
    if code.co_flags & 0x08:
        out.append(param(names[i + (1 if varargs else 0)], prefix='**'))
    if drop_first and out and out[0] != '/':
        out.pop(0)
        if out and out[0] == '/':
            out.pop(0)
    text = '(' + ', '.join(out) + ')'
    if 'return' in ann:
        text += ' -> ' + _format_annotation(ann['return'])
    return text


def _class_doc(cls):
    """The docstring @dataclass gives a class without one: its name and call signature."""
    try:
        import inspect
    except ImportError:
        inspect = None
    if inspect is not None:
        try:
            sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            sig = ''
        return cls.__name__ + sig
    if type(cls).__call__ is not type.__call__:
        return cls.__name__
    init = cls.__init__
    if hasattr(init, '__code__'):
        return cls.__name__ + _function_signature(init, True).replace(' -> None', '')
    if init is object.__init__ and cls.__new__ is object.__new__:
        return cls.__name__ + '()'
    return cls.__name__
`;

definePythonModule('_dataclasses_extra', DATACLASSES_EXTRA_SOURCE, { hideFrames: true });
