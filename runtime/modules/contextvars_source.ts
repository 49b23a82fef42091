// CPython's C module _contextvars, as Python source run by pyvm itself (see python_source.ts):
// ContextVar, Token, Context and copy_context for pyvm's one thread (one current Context,
// replaced while Context.run runs). CPython's contextvars.py re-exports it; decimal's
// _pydecimal keeps its current context in a ContextVar. Written from the contextvars
// documentation.

import { definePythonModule } from './python_source';

export const CONTEXTVARS_SOURCE = String.raw`
"""Context variables (CPython's C module _contextvars), for pyvm's single thread: one current
Context, replaced while Context.run runs a function."""

class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Token:
    __slots__ = ('_var', '_old_value', '_used', '_ctx')
    __module__ = '_contextvars'
    MISSING = _MISSING

    def __init__(self, *args):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {hex(id(self))}>'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def _token(var, old, ctx):
    t = object.__new__(Token)
    object.__setattr__(t, '_var', var)
    object.__setattr__(t, '_old_value', old)
    object.__setattr__(t, '_used', False)
    object.__setattr__(t, '_ctx', ctx)
    return t


class Context:
    __slots__ = ('_data', '_entered')
    __module__ = '_contextvars'

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        c = Context()
        c._data = dict(self._data)
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def get(self, var, default=None, /):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ('_name', '_default')
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return _token(self, old, ctx)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._ctx is not _current:
            raise ValueError(f'{token!r} was created in a different Context')
        object.__setattr__(token, '_used', True)
        if token._old_value is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {hex(id(self))}>'

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
`;

definePythonModule('_contextvars', CONTEXTVARS_SOURCE, { hideFrames: true });
