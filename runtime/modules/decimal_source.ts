// The decimal module's pure-Python implementation (_pydecimal; decimal imports it, as
// CPython's decimal does when its C module _decimal is absent): Decimal numbers (sign, integer
// coefficient, exponent; Infinity, NaN, sNaN), contexts with precision, the eight rounding
// modes, exponent limits, flags and traps, the signals in CPython's class hierarchy, exact
// conversions, correctly rounded arithmetic, sqrt, exp, ln, log10 and power, quantize,
// formatting. Behaviour and messages follow CPython 3.11's decimal (its C version, the oracle
// on this machine): e.g. a trapped signal raises with the list of conditions as message.
//
// The source is pyvm's own, written from the documented behaviour (the decimal module's
// documentation and the General Decimal Arithmetic specification), not taken from CPython's
// Lib/ (not from _pydecimal.py either).

import { definePythonModule } from './python_source';

export const PYDECIMAL_SOURCE = String.raw`"""Decimal fixed-point and floating-point arithmetic (pyvm's own implementation).

A Decimal is a sign, an integer coefficient and an exponent (value = (-1)**sign *
coefficient * 10**exponent), or one of the special values Infinity, NaN and sNaN.
Operations round their exact result to the precision of a context and record the
conditions they meet as flags of the context; a trapped condition raises.
"""

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__xname__ = __name__
__name__ = 'decimal'
__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    """Base class of the signals."""

class Clamped(DecimalException):
    """An exponent was changed to fit the context's bounds."""

class InvalidOperation(DecimalException):
    """An operation has no meaningful result."""

class ConversionSyntax(InvalidOperation):
    """A string was not a number."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""

class InvalidContext(InvalidOperation):
    """The context was invalid."""

class Rounded(DecimalException):
    """Digits were discarded by rounding."""

class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""

class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax."""

class Underflow(Inexact, Rounded, Subnormal):
    """The result is subnormal and inexact."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""

# Raise priority (the first trapped one is raised)
_PRIORITY = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
             Subnormal, Inexact, Rounded, Clamped]
# Order in a context's repr
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow]
_signals = list(_PRIORITY)
_INVALID_CONDS = [InvalidOperation, ConversionSyntax, DivisionImpossible,
                  DivisionUndefined, InvalidContext]
_COND_POS = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4,
             InvalidContext: 7, InvalidOperation: 8}
_COND_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---------------------------------------------------------------------------
# Context handling

try:
    import contextvars as _contextvars
    _current_context_var = _contextvars.ContextVar('decimal_context')
except ImportError:
    _contextvars = None
    _current_context_var = None
_global_context = [None]


def getcontext():
    """Returns this thread's current context."""
    if _current_context_var is not None:
        try:
            return _current_context_var.get()
        except LookupError:
            ctx = Context()
            _current_context_var.set(ctx)
            return ctx
    if _global_context[0] is None:
        _global_context[0] = Context()
    return _global_context[0]


def setcontext(context):
    """Sets this thread's current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    if _current_context_var is not None:
        _current_context_var.set(context)
    else:
        _global_context[0] = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or the current context) current."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if (key == 'flags' or key == 'traps') and isinstance(value, list):
            value = _signal_dict(value, True)
        setattr(new, key, value)
    return _ContextManager(new)


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')


class SignalDict(_MutableMapping):
    """A context's flags or traps: a mapping of the nine signals to booleans."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        try:
            return self._d[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MSG) from None

    def __setitem__(self, key, value):
        try:
            if key not in self._d:
                raise KeyError
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MSG) from None
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self._d.items()) + '}'


def _signal_dict(value, from_list):
    d = {}
    for s in _PRIORITY:
        d[s] = False
    if value is None:
        return d
    if isinstance(value, SignalDict):
        value = value._d
    if isinstance(value, dict):
        if len(value) != len(d):
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            if k not in d:
                raise KeyError('invalid signal dict')
            d[k] = bool(v)
        return d
    if not from_list or not isinstance(value, list):
        raise TypeError('argument must be a signal dict')
    for s in value:
        if s not in d:
            raise KeyError('valid values for signals are:\n'
                           '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                           '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                           '   Clamped]')
        d[s] = True
    return d


class Context(object):
    """The environment of arithmetic operations: precision, rounding, exponent
    limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else [InvalidOperation, DivisionByZero, Overflow]
        self._traps = SignalDict(_signal_dict(traps, True))
        self._flags = SignalDict(_signal_dict(flags, True))

    # -- validated attributes
    def _get_prec(self):
        return self._prec

    def _set_prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value
    prec = property(_get_prec, _set_prec)

    def _get_emin(self):
        return self._Emin

    def _set_emin(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value
    Emin = property(_get_emin, _set_emin)

    def _get_emax(self):
        return self._Emax

    def _set_emax(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value
    Emax = property(_get_emax, _set_emax)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value
    rounding = property(_get_rounding, _set_rounding)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value
    capitals = property(_get_capitals, _set_capitals)

    def _get_clampv(self):
        return self._clampv

    def _set_clampv(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clampv = value
    clamp = property(_get_clampv, _set_clampv)

    def _get_flags(self):
        return self._flags

    def _set_flags(self, value):
        self._flags = SignalDict(_signal_dict(value, False))
    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return self._traps

    def _set_traps(self, value):
        self._traps = SignalDict(_signal_dict(value, False))
    traps = property(_get_traps, _set_traps)

    def __setattr__(self, name, value):
        if name[0] != '_' and name not in _LOCAL_KEYS:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        order = _REPR_ORDER
        pos = getattr(self, '_ipos', 1)
        if pos != 1 and self._flags._d[InvalidOperation]:
            order = [s for s in _REPR_ORDER if s is not InvalidOperation]
            at = {4: 2, 3: 2, 7: 3, 8: 3}[pos]
            order.insert(at, InvalidOperation)
        flags = [s.__name__ for s in order if self._flags._d[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self._traps._d[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self._rounding, self._Emin, self._Emax,
                                             self._capitals, self._clampv, ', '.join(flags),
                                             ', '.join(traps)))

    def __reduce__(self):
        flags = [s for s in _PRIORITY if self._flags._d[s]]
        traps = [s for s in _PRIORITY if self._traps._d[s]]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clampv, flags, traps))

    def copy(self):
        """Returns a copy of the context (flags and traps are copied)."""
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                       self._clampv, dict(self._flags._d), dict(self._traps._d))
    __copy__ = copy

    def _shallow_copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clampv, None, None)
        c._flags = self._flags
        c._traps = self._traps
        return c

    def clear_flags(self):
        self._ipos = 1
        d = self._flags._d
        for s in d:
            d[s] = False

    def clear_traps(self):
        d = self._traps._d
        for s in d:
            d[s] = False

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def _signal_conds(self, conds):
        """Records the conditions conds as flags; raises the first trapped signal."""
        flags = self._flags._d
        traps = self._traps._d
        trapped = None
        for c in conds:
            s = _COND_SIGNAL.get(c, c)
            if s is InvalidOperation:
                p = _COND_POS[c]
                if not flags[s]:
                    self._ipos = p
                elif p < getattr(self, '_ipos', 1):
                    self._ipos = p
            flags[s] = True
            if traps[s]:
                if trapped is None:
                    trapped = set()
                trapped.add(c)
        if trapped is not None:
            sigs = set(_COND_SIGNAL.get(c, c) for c in trapped)
            for s in _PRIORITY:
                if s in sigs:
                    break
            lst = [c for c in _INVALID_CONDS if c in trapped]
            lst += [c for c in _PRIORITY if c is not InvalidOperation and c in trapped]
            raise s(lst)

    def _apply(self, a):
        """a rounded to this context."""
        st = []
        if a._special >= 2:
            r = _fix_nan(a, self)
        elif a._special:
            r = a
        else:
            r = _fix(a._sign, a._int, a._exp, self, st)
        self._signal_conds(st)
        return r

    def _raise_error(self, condition, explanation=None, *args):
        self._signal_conds([condition])
        if _COND_SIGNAL.get(condition, condition) is InvalidOperation:
            return _NaN

    # -- creation
    def create_decimal(self, num='0'):
        """Creates a Decimal from num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            st = [ConversionSyntax]
            self._signal_conds(st)
            return _NaN
        st = []
        d = _make(num, self, st, True)
        if d._special >= 2:
            if d._int and _ndigits(d._int) > self._prec - self._clampv:
                st.append(ConversionSyntax)
                self._signal_conds(st)
                return _NaN
            r = d
        elif d._special:
            r = d
        else:
            r = _fix(d._sign, d._int, d._exp, self, st)
        self._signal_conds(st)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    def _conv(self, a):
        r = _convert(a)
        if r is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)
        return r

    def abs(self, a):
        return self._conv(a).__abs__(context=self)

    def add(self, a, b):
        r = self._conv(a).__add__(self._conv(b), context=self)
        return r

    def subtract(self, a, b):
        return self._conv(a).__sub__(self._conv(b), context=self)

    def multiply(self, a, b):
        return self._conv(a).__mul__(self._conv(b), context=self)

    def divide(self, a, b):
        return self._conv(a).__truediv__(self._conv(b), context=self)

    def divide_int(self, a, b):
        return self._conv(a).__floordiv__(self._conv(b), context=self)

    def remainder(self, a, b):
        return self._conv(a).__mod__(self._conv(b), context=self)

    def divmod(self, a, b):
        return self._conv(a).__divmod__(self._conv(b), context=self)

    def power(self, a, b, modulo=None):
        a = self._conv(a)
        b = self._conv(b)
        if modulo is not None:
            modulo = self._conv(modulo)
        return a.__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return self._conv(a).sqrt(context=self)

    def exp(self, a):
        return self._conv(a).exp(context=self)

    def ln(self, a):
        return self._conv(a).ln(context=self)

    def log10(self, a):
        return self._conv(a).log10(context=self)

    def logb(self, a):
        return self._conv(a).logb(context=self)

    def compare(self, a, b):
        return self._conv(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._conv(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._conv(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._conv(a).compare_total_mag(b)

    def max(self, a, b):
        return self._conv(a).max(b, context=self)

    def min(self, a, b):
        return self._conv(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._conv(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._conv(a).min_mag(b, context=self)

    def minus(self, a):
        return self._conv(a).__neg__(context=self)

    def plus(self, a):
        return self._conv(a).__pos__(context=self)

    def normalize(self, a):
        return self._conv(a).normalize(context=self)

    def quantize(self, a, b):
        return self._conv(a).quantize(b, context=self)

    def to_integral_value(self, a):
        return self._conv(a).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return self._conv(a).to_integral_exact(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return self._conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._conv(a).to_eng_string(context=self)

    def logical_and(self, a, b):
        return self._conv(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._conv(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._conv(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._conv(a).logical_invert(context=self)

    def rotate(self, a, b):
        return self._conv(a).rotate(b, context=self)

    def shift(self, a, b):
        return self._conv(a).shift(b, context=self)

    def fma(self, a, b, c):
        return self._conv(a).fma(b, c, context=self)

    def copy_abs(self, a):
        return self._conv(a).copy_abs()

    def copy_negate(self, a):
        return self._conv(a).copy_negate()

    def copy_decimal(self, a):
        return Decimal(self._conv(a))

    def copy_sign(self, a, b):
        return self._conv(a).copy_sign(b)

    def same_quantum(self, a, b):
        return self._conv(a).same_quantum(b)

    def scaleb(self, a, b):
        return self._conv(a).scaleb(b, context=self)

    def next_plus(self, a):
        return self._conv(a).next_plus(context=self)

    def next_minus(self, a):
        return self._conv(a).next_minus(context=self)

    def next_toward(self, a, b):
        return self._conv(a).next_toward(b, context=self)

    def number_class(self, a):
        return self._conv(a).number_class(context=self)

    def remainder_near(self, a, b):
        return self._conv(a).remainder_near(b, context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return self._conv(a).is_finite()

    def is_infinite(self, a):
        return self._conv(a).is_infinite()

    def is_nan(self, a):
        return self._conv(a).is_nan()

    def is_qnan(self, a):
        return self._conv(a).is_qnan()

    def is_snan(self, a):
        return self._conv(a).is_snan()

    def is_signed(self, a):
        return self._conv(a).is_signed()

    def is_zero(self, a):
        return self._conv(a).is_zero()

    def is_normal(self, a):
        return self._conv(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._conv(a).is_subnormal(context=self)


# ---------------------------------------------------------------------------
# Helpers on coefficients

def _ndigits(c):
    if c < 10:
        return 1
    if c < 10 ** 15:
        return len(str(c))
    # estimate from the bit length, then correct
    n = int(c.bit_length() * 0.30102999566398120) - 1
    if n < 1:
        n = 1
    p = 10 ** n
    while p <= c:
        p *= 10
        n += 1
    return n


def _shift_round(sign, coef, drop, rounding):
    """Drops drop > 0 low digits of coef, rounding; returns (coef, inexact)."""
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = r + r
        up = h > p or (h == p and q & 1 == 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r + r >= p
    elif rounding == ROUND_HALF_DOWN:
        up = r + r > p
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        d = q % 10
        up = d == 0 or d == 5
    return (q + 1 if up else q), True


def _dec(sign, coef, exp, special=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _fix(sign, coef, exp, ctx, st, rounding=None):
    """Rounds sign, coef, exp to the context; appends conditions to st."""
    prec = ctx._prec
    Emax = ctx._Emax
    Emin = ctx._Emin
    etiny = Emin - prec + 1
    if coef == 0:
        emax = Emax - prec + 1 if ctx._clampv else Emax
        if exp < etiny:
            exp = etiny
            st.append(Clamped)
        elif exp > emax:
            exp = emax
            st.append(Clamped)
        return _dec(sign, 0, exp)
    if rounding is None:
        rounding = ctx._rounding
    n = _ndigits(coef)
    adj = exp + n - 1
    if adj > Emax:
        return _overflow(sign, ctx, st, rounding)
    subnormal = adj < Emin
    target = exp + n - prec
    if target < etiny:
        target = etiny
    if exp < target:
        drop = target - exp
        if drop > n + 1:
            coef = 1
            drop = 2
        coef, inexact = _shift_round(sign, coef, drop, rounding)
        exp = target
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if exp + _ndigits(coef) - 1 > Emax:
            return _overflow(sign, ctx, st, rounding)
        if subnormal:
            st.append(Subnormal)
            if inexact:
                st.append(Underflow)
        if inexact:
            st.append(Inexact)
        st.append(Rounded)
        if coef == 0:
            st.append(Clamped)
        return _dec(sign, coef, exp)
    if subnormal:
        st.append(Subnormal)
    if ctx._clampv:
        etop = Emax - prec + 1
        if exp > etop:
            coef *= 10 ** (exp - etop)
            exp = etop
            st.append(Clamped)
    return _dec(sign, coef, exp)


def _overflow(sign, ctx, st, rounding):
    st.append(Overflow)
    st.append(Inexact)
    st.append(Rounded)
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign)):
        return _dec(sign, 0, 0, 1)
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fix_nan(d, ctx):
    """A quiet NaN from d, its payload cut to the context's precision."""
    payload = d._int
    maxlen = ctx._prec - ctx._clampv
    if payload and _ndigits(payload) > maxlen:
        payload = int(str(payload)[-maxlen:]) if maxlen > 0 else 0
    if d._special == 2 and payload == d._int:
        return d
    return _dec(d._sign, payload, 0, 2)


def _nans(a, b, ctx, st):
    """The result for NaN operands (a, b or b None), else None."""
    sa = a._special
    sb = b._special if b is not None else 0
    if sa < 2 and sb < 2:
        return None
    if sa == 3:
        st.append(InvalidOperation)
        return _fix_nan(_dec(a._sign, a._int, 0, 2), ctx)
    if sb == 3:
        st.append(InvalidOperation)
        return _fix_nan(_dec(b._sign, b._int, 0, 2), ctx)
    if sa == 2:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


def _from_int(v):
    v = int(v)
    if v < 0:
        return _dec(1, -v, 0)
    return _dec(0, v, 0)


_DIGITS = '0123456789'


def _parse(s):
    """(sign, coef, exp, special) for the string s, or None for a syntax error."""
    s = s.strip()
    if not s:
        return None
    if '_' in s:
        s = s.replace('_', '')
        if not s:
            return None
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdigit() and ch not in _DIGITS:
                try:
                    out.append(str(int(ch)))
                except ValueError:
                    return None
            else:
                out.append(ch)
        s = ''.join(out)
        if not s.isascii():
            return None
    sign = 0
    if s[0] == '-' or s[0] == '+':
        if s[0] == '-':
            sign = 1
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 0, 1
    if low.startswith('nan') or low.startswith('snan'):
        special = 3 if low[0] == 's' else 2
        pl = low[4:] if special == 3 else low[3:]
        if pl == '':
            return sign, 0, 0, special
        for ch in pl:
            if ch not in _DIGITS:
                return None
        return sign, int(pl), 0, special
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if es[:1] in ('+', '-'):
            body = es[1:]
        else:
            body = es
        if not body:
            return None
        for ch in body:
            if ch not in _DIGITS:
                return None
        exp = int(es)
    dot = low.find('.')
    if dot >= 0:
        ip = low[:dot]
        fp = low[dot + 1:]
    else:
        ip = low
        fp = ''
    if not ip and not fp:
        return None
    for ch in ip:
        if ch not in _DIGITS:
            return None
    for ch in fp:
        if ch not in _DIGITS:
            return None
    coef = int(ip + fp)
    return sign, coef, exp - len(fp), 0


def _make(value, ctx, st, from_context=False):
    """A Decimal from value (exact; conditions into st)."""
    if isinstance(value, str):
        r = _parse(value)
        if r is None:
            st.append(ConversionSyntax)
            return _NaN
        return _dec(r[0], r[1], r[2], r[3])
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        st.append(FloatOperation)
        return Decimal.from_float(value)
    if isinstance(value, (list, tuple)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(digits, (list, tuple)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if exp == 'F':
        return _dec(sign, 0, 0, 1)
    if exp == 'n' or exp == 'N':
        return _dec(sign, coef, 0, 2 if exp == 'n' else 3)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _dec(sign, coef, exp)


def _cmp(a, b):
    """Compares non-NaN a and b: -1, 0 or 1."""
    if a._special or b._special:
        va = 0 if not a._special else (-1 if a._sign else 1)
        vb = 0 if not b._special else (-1 if b._sign else 1)
        return (va > vb) - (va < vb)
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    m = _cmp_mag(a, b)
    return -m if a._sign else m


def _cmp_mag(a, b):
    """Compares the magnitudes of finite a and b."""
    ca = a._int
    cb = b._int
    if not ca or not cb:
        return (ca > 0) - (cb > 0)
    aa = a._exp + _ndigits(ca) - 1
    ab = b._exp + _ndigits(cb) - 1
    if aa != ab:
        return 1 if aa > ab else -1
    ea = a._exp
    eb = b._exp
    if ea > eb:
        ca *= 10 ** (ea - eb)
    elif eb > ea:
        cb *= 10 ** (eb - ea)
    return (ca > cb) - (ca < cb)


# ---------------------------------------------------------------------------
# The number

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is None:
            context = getcontext()
        elif not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        st = []
        d = _make(value, context, st)
        if st:
            context._signal_conds(st)
        if type(d) is cls and (cls is Decimal or d is not value):
            return d
        r = object.__new__(cls)
        r._sign = d._sign
        r._int = d._int
        r._exp = d._exp
        r._special = d._special
        return r

    @classmethod
    def from_float(cls, f):
        """Converts a float or int to a Decimal exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            if f != f:
                d = _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, 2)
            elif f in (_INF_F, -_INF_F):
                d = _dec(1 if f < 0 else 0, 0, 0, 1)
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _dec(sign, n * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- properties
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- predicates
    def is_nan(self):
        return self._special >= 2

    def is_qnan(self):
        return self._special == 2

    def is_snan(self):
        return self._special == 3

    def is_infinite(self):
        return self._special == 1

    def is_finite(self):
        return self._special == 0

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special == 0 and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        if self._special == 3:
            return 'sNaN'
        if self._special == 2:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == 1:
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context.Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def as_tuple(self):
        if self._special == 1:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in str(self._int)) if (self._int or not self._special) else ()
        if self._special:
            return DecimalTuple(self._sign, digits, 'n' if self._special == 2 else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special >= 2:
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        c = self._int
        e = self._exp
        if e >= 0:
            n = c * 10 ** e
            d = 1
        else:
            n = c
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- strings
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        sp = self._special
        if sp:
            if sp == 1:
                return sign + 'Infinity'
            base = 'NaN' if sp == 2 else 'sNaN'
            return sign + base + (str(self._int) if self._int else '')
        digits = str(self._int)
        exp = self._exp
        n = len(digits)
        leftdigits = exp + n
        if exp <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            intpart = '0'
            frac = '.' + '0' * (-dot) + digits
        elif dot >= n:
            intpart = digits + '0' * (dot - n)
            frac = ''
        else:
            intpart = digits[:dot]
            frac = '.' + digits[dot:]
        if leftdigits == dot:
            e = ''
        else:
            if context is None:
                context = getcontext()
            e = ('e', 'E')[context.capitals] + '%+d' % (leftdigits - dot)
        return sign + intpart + frac + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- conversions
    def __bool__(self):
        return self._special != 0 or self._int != 0

    def _check_int(self, what):
        if self._special >= 2:
            raise ValueError('cannot convert NaN to integer')
        if self._special == 1:
            raise OverflowError('cannot convert Infinity to integer')

    def __int__(self):
        self._check_int('int')
        c = self._int
        if self._exp >= 0:
            v = c * 10 ** self._exp
        else:
            v = c // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __floor__(self):
        self._check_int('floor')
        return _floor_div_ratio(self)

    def __ceil__(self):
        self._check_int('ceil')
        return -_floor_div_ratio(self.copy_negate())

    def __float__(self):
        if self._special:
            if self._special == 3:
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == 2:
                return -_NAN_F if self._sign else _NAN_F
            return -_INF_F if self._sign else _INF_F
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        if self._special:
            if self._special >= 2:
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        st = []
        r = _rescale(self, 0, ROUND_HALF_EVEN)
        return int(r)

    def __hash__(self):
        if self._special:
            if self._special == 3:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 2:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, _HASH_MOD) % _HASH_MOD
        else:
            h = self._int * pow(_HASH_10INV, -e, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons
    def _cmp_other(self, other, op):
        """(self, other as Decimal) for a comparison, or (None, NotImplemented)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op == 'eq':
                ctx._flags._d[FloatOperation] = True
            else:
                ctx._signal_conds([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and op == 'eq' and other.imag == 0:
            return self._cmp_other(other.real, op)
        return NotImplemented

    def _rational_cmp(self, other):
        """Compares self with a Rational: -1, 0, 1 or None for NaN."""
        if self._special >= 2:
            return None
        if self._special == 1:
            return -1 if self._sign else 1
        n = other.numerator
        d = other.denominator
        # signs and magnitudes first: the exponent may be far too large to scale by
        ssign = 0 if not self._int else (-1 if self._sign else 1)
        osign = (n > 0) - (n < 0)
        if ssign != osign:
            return (ssign > osign) - (ssign < osign)
        if ssign == 0:
            return 0
        la = self.adjusted()
        lb = _ndigits(abs(n)) - _ndigits(d)
        if la > lb + 2 or la < lb - 2:
            return ssign if la > lb else -ssign
        c = -self._int if self._sign else self._int
        if self._exp >= 0:
            lhs = c * 10 ** self._exp * d
            rhs = n
        else:
            lhs = c * d
            rhs = n * 10 ** -self._exp
        return (lhs > rhs) - (lhs < rhs)

    def __eq__(self, other, context=None):
        o = self._cmp_other(other, 'eq')
        if o is NotImplemented:
            if isinstance(other, _numbers.Rational):
                return self._rational_cmp(other) == 0
            return o
        if self._special >= 2 or o._special >= 2:
            if self._special == 3 or o._special == 3:
                getcontext()._signal_conds([InvalidOperation])
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other, context=None):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        o = self._cmp_other(other, 'order')
        if o is NotImplemented:
            if isinstance(other, _numbers.Rational):
                r = self._rational_cmp(other)
                if r is None:
                    getcontext()._signal_conds([InvalidOperation])
                return r
            return o
        if self._special >= 2 or o._special >= 2:
            getcontext()._signal_conds([InvalidOperation])
            return None
        return _cmp(self, o)

    def __lt__(self, other):
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._order(other)
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal (NaN for NaN operands)."""
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, other, ctx, st)
        if r is None:
            r = _dec(0, 0, 0) if False else _cmp_result(_cmp(self, other))
        ctx._signal_conds(st)
        return r

    def compare_signal(self, other, context=None):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        if self._special >= 2 or other._special >= 2:
            r = _nans(self, other, ctx, st)
            if InvalidOperation not in st:
                st.append(InvalidOperation)
            ctx._signal_conds(st)
            return r
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        other = _convert_arg(other)
        return _cmp_result(_total_key_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _convert_arg(other)
        return _cmp_result(_total_key_cmp(self.copy_abs(), other.copy_abs()))

    def _minmax(self, other, context, want_max, mag):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        sa = self._special
        sb = other._special
        if sa >= 2 or sb >= 2:
            if sa == 3 or sb == 3 or (sa >= 2 and sb >= 2):
                r = _nans(self, other, ctx, st)
            else:
                r = other if sa >= 2 else self
                r = _fix(r._sign, r._int, r._exp, ctx, st) if not r._special else r
            ctx._signal_conds(st)
            return r
        if mag:
            c = _cmp_mag_any(self, other)
        else:
            c = 0
        if c == 0:
            c = _cmp(self, other)
        if c == 0:
            c = _total_key_cmp(self, other)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        r = pick if pick._special else _fix(pick._sign, pick._int, pick._exp, ctx, st)
        ctx._signal_conds(st)
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def same_quantum(self, other, context=None):
        other = _convert_arg(other)
        if self._special or other._special:
            return (self._special >= 2 and other._special >= 2) or (
                self._special == 1 and other._special == 1)
        return self._exp == other._exp

    # -- sign operations
    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_arg(other)
        return _dec(other._sign, self._int, self._exp, self._special)

    def _unary(self, context, sign):
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, None, ctx, st)
        if r is None:
            if self._special:
                r = _dec(sign, 0, 0, 1)
            else:
                if not self._int and ctx.rounding != ROUND_FLOOR:
                    sign = 0
                r = _fix(sign, self._int, self._exp, ctx, st)
        ctx._signal_conds(st)
        return r

    def __neg__(self, context=None):
        return self._unary(context, 1 - self._sign)

    def __pos__(self, context=None):
        return self._unary(context, self._sign)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(context, 0)

    # -- arithmetic
    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _add(self, other, ctx, st, 0)
        ctx._signal_conds(st)
        return r

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context=context)

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _add(self, other, ctx, st, 1)
        ctx._signal_conds(st)
        return r

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _mul(self, other, ctx, st)
        ctx._signal_conds(st)
        return r

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context=context)

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _div(self, other, ctx, st)
        ctx._signal_conds(st)
        return r

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _divmod(self, other, ctx, st, 3)
        ctx._signal_conds(st)
        return r

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _divmod(self, other, ctx, st, 1)
        ctx._signal_conds(st)
        return r

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        r = _divmod(self, other, ctx, st, 2)
        ctx._signal_conds(st)
        return r

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        r = _remainder_near(self, other, ctx, st)
        ctx._signal_conds(st)
        return r

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        st = []
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            r = _powmod(self, other, modulo, ctx, st)
        else:
            r = _pow(self, other, ctx, st)
        ctx._signal_conds(st)
        return r

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def fma(self, other, third, context=None):
        other = _convert_arg(other)
        third = _convert_arg(third)
        ctx = context if context is not None else getcontext()
        st = []
        if third._special == 3 and self._special != 3 and other._special != 3 and not (
                (self._special == 1 and not other._special and not other._int) or
                (other._special == 1 and not self._special and not self._int)):
            st.append(InvalidOperation)
            r = _fix_nan(_dec(third._sign, third._int, 0, 2), ctx)
            ctx._signal_conds(st)
            return r
        if self._special or other._special:
            r = _nans(self, other, ctx, st)
            if r is None:
                if (self._special == 1 and not other._special and not other._int) or (
                        other._special == 1 and not self._special and not self._int):
                    st.append(InvalidOperation)
                    ctx._signal_conds(st)
                    return _NaN
                prod = _dec(self._sign ^ other._sign, 0, 0, 1)
            else:
                ctx._signal_conds(st)
                return r
        else:
            prod = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        r = _add(prod, third, ctx, st, 0)
        ctx._signal_conds(st)
        return r

    # -- rounding operations
    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_arg(exp)
        ctx = context if context is not None else getcontext()
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError('invalid rounding mode')
        st = []
        r = _nans(self, exp, ctx, st)
        if r is None:
            r = _quantize(self, exp._exp, exp._special, ctx, st, rounding)
        ctx._signal_conds(st)
        return r

    def _integral(self, rounding, context, exact):
        ctx = context if context is not None else getcontext()
        if rounding is None:
            rounding = ctx.rounding
        st = []
        r = _nans(self, None, ctx, st)
        if r is None:
            if self._special or self._exp >= 0:
                r = self
            else:
                c, inexact = _shift_round(self._sign, self._int, -self._exp, rounding)
                r = _dec(self._sign, c, 0)
                if exact and self._int:
                    st.append(Rounded)
                    if inexact:
                        st.append(Inexact)
        ctx._signal_conds(st)
        return r

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, None, ctx, st)
        if r is None:
            if self._special:
                r = self
            else:
                r = _fix(self._sign, self._int, self._exp, ctx, st)
                if r._special == 0:
                    if not r._int:
                        r = _dec(r._sign, 0, 0)
                    else:
                        c = r._int
                        e = r._exp
                        emax = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
                        while c % 10 == 0 and e < emax:
                            c //= 10
                            e += 1
                        r = _dec(r._sign, c, e)
        ctx._signal_conds(st)
        return r

    reduce = normalize

    def scaleb(self, other, context=None):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, other, ctx, st)
        if r is None:
            if other._special or other._exp != 0 or not _scale_ok(other, ctx):
                st.append(InvalidOperation)
                r = _NaN
            elif self._special:
                r = self
            else:
                n = -other._int if other._sign else other._int
                r = _fix(self._sign, self._int, self._exp + n, ctx, st)
        ctx._signal_conds(st)
        return r

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, None, ctx, st)
        if r is None:
            if self._special:
                r = _dec(0, 0, 0, 1)
            elif not self._int:
                st.append(DivisionByZero)
                r = _dec(1, 0, 0, 1)
            else:
                r = _fix_int(self.adjusted(), ctx, st)
        ctx._signal_conds(st)
        return r

    def _next(self, context, up):
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, None, ctx, st)
        if r is not None:
            ctx._signal_conds(st)
            return r
        if self._special == 1:
            if (self._sign == 0) == up:
                return self
            return _dec(self._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        etiny = ctx.Etiny()
        tmp = ctx.copy()
        tmp.rounding = ROUND_CEILING if up else ROUND_FLOOR
        tmp.clear_flags()
        tmp.clear_traps()
        st2 = []
        # add or subtract a value far below the last digit
        e = min(self._exp, etiny, self.adjusted() - ctx.prec) - 2 if self._int else etiny - 2
        tiny = _dec(0 if up else 1, 1, e)
        r = _add(self, tiny, tmp, st2, 0)
        return r

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, other, ctx, st)
        if r is not None:
            ctx._signal_conds(st)
            return r
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        r = self._next(ctx, c < 0)
        if r._special == 1:
            st += [Overflow, Inexact, Rounded]
        elif not r._special:
            if r.adjusted() < ctx.Emin:
                st += [Underflow, Subnormal, Inexact, Rounded]
                if not r._int:
                    st.append(Clamped)
        ctx._signal_conds(st)
        return r

    # -- digit-wise operations
    def _logical(self, other, context, fn):
        ctx = context if context is not None else getcontext()
        st = []
        a = _logical_digits(self, ctx)
        b = _logical_digits(other, ctx) if other is not None else None
        if a is None or (other is not None and b is None):
            st.append(InvalidOperation)
            ctx._signal_conds(st)
            return _NaN
        if b is None:
            r = ''.join('1' if x == '0' else '0' for x in a)
        else:
            r = ''.join(fn(x, y) for x, y in zip(a, b))
        return _dec(0, int(r), 0)

    def logical_and(self, other, context=None):
        other = _convert_arg(other)
        return self._logical(other, context, lambda x, y: '1' if x == '1' and y == '1' else '0')

    def logical_or(self, other, context=None):
        other = _convert_arg(other)
        return self._logical(other, context, lambda x, y: '1' if x == '1' or y == '1' else '0')

    def logical_xor(self, other, context=None):
        other = _convert_arg(other)
        return self._logical(other, context, lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context, None)

    def _shift_op(self, other, context, rotate):
        other = _convert_arg(other)
        ctx = context if context is not None else getcontext()
        st = []
        r = _nans(self, other, ctx, st)
        if r is None:
            prec = ctx.prec
            if other._special or other._exp != 0 or other._int > prec:
                st.append(InvalidOperation)
                r = _NaN
            elif self._special:
                r = self
            else:
                n = -other._int if other._sign else other._int
                digits = str(self._int)
                if len(digits) > prec:
                    digits = digits[-prec:]
                digits = digits.rjust(prec, '0')
                if rotate:
                    k = n % prec if prec else 0
                    digits = digits[k:] + digits[:k]
                elif n >= 0:
                    digits = (digits + '0' * n)[-prec:]
                else:
                    digits = ('0' * -n + digits)[:prec]
                r = _dec(self._sign, int(digits), self._exp)
        ctx._signal_conds(st)
        return r

    def rotate(self, other, context=None):
        return self._shift_op(other, context, True)

    def shift(self, other, context=None):
        return self._shift_op(other, context, False)

    # -- functions
    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _sqrt(self, ctx, st)
        ctx._signal_conds(st)
        return r

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _exp(self, ctx, st)
        ctx._signal_conds(st)
        return r

    def ln(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _ln(self, ctx, st, False)
        ctx._signal_conds(st)
        return r

    def log10(self, context=None):
        ctx = context if context is not None else getcontext()
        st = []
        r = _ln(self, ctx, st, True)
        ctx._signal_conds(st)
        return r

    # -- formatting
    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _convert_arg(other):
    r = _convert(other)
    if r is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return r


def _logical_digits(d, ctx):
    """d's digits padded to the precision, if d is a logical operand (else None)."""
    if d._special or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    for ch in digits:
        if ch != '0' and ch != '1':
            return None
    return digits[-ctx.prec:].rjust(ctx.prec, '0')


def _cmp_result(c):
    if c < 0:
        return _dec(1, 1, 0)
    return _dec(0, c, 0)


def _cmp_mag_any(a, b):
    if a._special == 1 or b._special == 1:
        return (a._special == 1) - (b._special == 1)
    return _cmp_mag(a, b)


def _total_key_cmp(a, b):
    """The total ordering of the spec (compare_total)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    m = _total_mag(a, b)
    return -m if a._sign else m


def _total_mag(a, b):
    # order of magnitudes: finite < inf < sNaN < NaN
    ra = (0, 1, 3, 2)[a._special]
    rb = (0, 1, 3, 2)[b._special]
    if ra != rb:
        return 1 if ra > rb else -1
    if ra >= 2:
        return (a._int > b._int) - (a._int < b._int)
    if ra == 1:
        return 0
    c = _cmp_mag(a, b)
    if c:
        return c
    return (a._exp > b._exp) - (a._exp < b._exp)


def _floor_div_ratio(d):
    n, den = d.as_integer_ratio()
    return n // den


def _fix_int(v, ctx, st):
    return _fix(1 if v < 0 else 0, abs(v), 0, ctx, st)


def _scale_ok(other, ctx):
    lim = 2 * (ctx.Emax + ctx.prec)
    return other._int <= lim


def _rescale(d, exp, rounding):
    """d (finite) at exponent exp, rounding (no flags)."""
    if d._exp >= exp:
        return _dec(d._sign, d._int * 10 ** (d._exp - exp), exp)
    drop = exp - d._exp
    c = d._int
    n = _ndigits(c)
    if drop > n + 1:
        c = 1
        drop = 2
    c, inexact = _shift_round(d._sign, c, drop, rounding)
    return _dec(d._sign, c, exp)


# ---------------------------------------------------------------------------
# Arithmetic on Decimals

def _add(a, b, ctx, st, negate_b):
    if a._special or b._special:
        r = _nans(a, b, ctx, st)
        if r is not None:
            return r
        bsign = b._sign ^ negate_b
        if a._special == 1:
            if b._special == 1 and a._sign != bsign:
                st.append(InvalidOperation)
                return _NaN
            return _dec(a._sign, 0, 0, 1)
        return _dec(bsign, 0, 0, 1)
    asign = a._sign
    bsign = b._sign ^ negate_b
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    exp = ea if ea < eb else eb
    if not ca and not cb:
        if asign == bsign:
            sign = asign
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, exp, ctx, st)
    if not ca:
        # the ideal exponent is the smaller one
        return _fix_zero_add(bsign, cb, eb, exp, ctx, st)
    if not cb:
        return _fix_zero_add(asign, ca, ea, exp, ctx, st)
    # a value far below the other's last kept digit only matters as a sticky digit
    prec = ctx.prec
    if ea != eb:
        na = _ndigits(ca)
        nb = _ndigits(cb)
        adja = ea + na - 1
        adjb = eb + nb - 1
        if adja > adjb:
            lim = min(ea, adja - prec - 1) - 1
            if adjb < lim:
                cb = 1
                eb = lim
        else:
            lim = min(eb, adjb - prec - 1) - 1
            if adja < lim:
                ca = 1
                ea = lim
        exp = ea if ea < eb else eb
    va = ca * 10 ** (ea - exp)
    vb = cb * 10 ** (eb - exp)
    if asign:
        va = -va
    if bsign:
        vb = -vb
    v = va + vb
    if v == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, exp, ctx, st)
    if v < 0:
        return _fix(1, -v, exp, ctx, st)
    return _fix(0, v, exp, ctx, st)


def _fix_zero_add(sign, c, e, exp, ctx, st):
    # x + 0: the coefficient at the smaller exponent, unless that exceeds the precision
    if e > exp:
        n = _ndigits(c)
        room = ctx.prec - n
        shift = e - exp
        if shift > room:
            shift = room if room > 0 else 0
            st.append(Rounded)
        c = c * 10 ** shift
        e = e - shift
    return _fix(sign, c, e, ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._special == 1:
            if not b._special and not b._int:
                st.append(InvalidOperation)
                return _NaN
            return _dec(sign, 0, 0, 1)
        if not a._int:
            st.append(InvalidOperation)
            return _NaN
        return _dec(sign, 0, 0, 1)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._special == 1:
            if b._special == 1:
                st.append(InvalidOperation)
                return _NaN
            return _dec(sign, 0, 0, 1)
        # finite / infinity
        st.append(Clamped)
        return _dec(sign, 0, ctx.Etiny())
    if not b._int:
        if not a._int:
            st.append(DivisionUndefined)
            return _NaN
        st.append(DivisionByZero)
        return _dec(sign, 0, 0, 1)
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, ctx, st)
    ca = a._int
    cb = b._int
    prec = ctx.prec
    shift = _ndigits(cb) - _ndigits(ca) + prec + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ca * 10 ** shift, cb)
    exp = ideal - shift
    if r:
        d = q % 10
        if d == 0 or d == 5:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx, st)


def _divmod(a, b, ctx, st, which):
    """which: 1 integer quotient, 2 remainder, 3 both (a tuple)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx, st)
        if r is not None:
            return (r, r) if which == 3 else r
        if a._special == 1:
            if b._special == 1:
                st.append(InvalidOperation)
                return (_NaN, _NaN) if which == 3 else _NaN
            q = _dec(sign, 0, 0, 1)
            if which == 1:
                return q
            st.append(InvalidOperation)
            return (q, _NaN) if which == 3 else _NaN
        # finite, infinite divisor
        q = _dec(sign, 0, 0)
        rem = _fix(a._sign, a._int, a._exp, ctx, st) if which != 1 else None
        if which == 1:
            return q
        return (q, rem) if which == 3 else rem
    if not b._int:
        if not a._int:
            st.append(DivisionUndefined)
            return (_NaN, _NaN) if which == 3 else _NaN
        if which == 2:
            st.append(InvalidOperation)
            return _NaN
        st.append(DivisionByZero)
        q = _dec(sign, 0, 0, 1)
        if which == 3:
            st.append(InvalidOperation)
            return (q, _NaN)
        return q
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    e = ea if ea < eb else eb
    # a quotient of more digits than the precision is impossible
    if ca and ea + _ndigits(ca) - (eb + _ndigits(cb)) > ctx.prec:
        st.append(DivisionImpossible)
        return (_NaN, _NaN) if which == 3 else _NaN
    if not ca or ea + _ndigits(ca) < eb + _ndigits(cb) - 1:
        q = 0
        r = ca * 10 ** (ea - e)
    else:
        va = ca * 10 ** (ea - e)
        vb = cb * 10 ** (eb - e)
        q, r = divmod(va, vb)
    if q and _ndigits(q) > ctx.prec:
        st.append(DivisionImpossible)
        return (_NaN, _NaN) if which == 3 else _NaN
    quo = _dec(sign, q, 0)
    if which == 1:
        return quo
    rem = _fix(a._sign, r, e, ctx, st)
    if which == 2:
        return rem
    return (quo, rem)


def _remainder_near(a, b, ctx, st):
    if a._special or b._special:
        r = _nans(a, b, ctx, st)
        if r is not None:
            return r
        if a._special == 1:
            st.append(InvalidOperation)
            return _NaN
        return _fix(a._sign, a._int, a._exp, ctx, st)
    if not b._int:
        st.append(DivisionUndefined if not a._int else InvalidOperation)
        return _NaN
    ca = a._int
    cb = b._int
    e = min(a._exp, b._exp)
    if ca and a._exp + _ndigits(ca) - (b._exp + _ndigits(cb)) > ctx.prec:
        st.append(DivisionImpossible)
        return _NaN
    if not ca or a._exp + _ndigits(ca) < b._exp + _ndigits(cb) - 1:
        # |a| < |b| / 2: the remainder is a itself
        return _fix(a._sign, ca * 10 ** (a._exp - e), e, ctx, st)
    va = ca * 10 ** (a._exp - e)
    vb = cb * 10 ** (b._exp - e)
    q, r = divmod(va, vb)
    # nearest integer quotient, ties to even
    if 2 * r > vb or (2 * r == vb and q & 1):
        r -= vb
        q += 1
    if q and _ndigits(q) > ctx.prec:
        st.append(DivisionImpossible)
        return _NaN
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(sign, r, e, ctx, st)


def _quantize(d, exp, special, ctx, st, rounding):
    if d._special or special:
        if d._special == 1 and special == 1:
            return d
        st.append(InvalidOperation)
        return _NaN
    if exp > ctx.Emax or exp < ctx.Etiny():
        st.append(InvalidOperation)
        return _NaN
    if not d._int:
        return _dec(d._sign, 0, exp)
    if d._exp >= exp:
        n = _ndigits(d._int) + d._exp - exp
        if n > ctx.prec or exp + n - 1 > ctx.Emax:
            st.append(InvalidOperation)
            return _NaN
        if exp + n - 1 < ctx.Emin:
            st.append(Subnormal)
        return _dec(d._sign, d._int * 10 ** (d._exp - exp), exp)
    drop = exp - d._exp
    c = d._int
    n = _ndigits(c)
    if drop > n + 1:
        c = 1
        drop = 2
    c, inexact = _shift_round(d._sign, c, drop, rounding)
    if c and _ndigits(c) > ctx.prec:
        st.append(InvalidOperation)
        return _NaN
    r = _dec(d._sign, c, exp)
    if c and r.adjusted() > ctx.Emax:
        st.append(InvalidOperation)
        return _NaN
    if c and r.adjusted() < ctx.Emin:
        st.append(Subnormal)
    if inexact:
        st.append(Inexact)
    st.append(Rounded)
    return r


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0 or not d._int:
        return True
    if -d._exp >= _ndigits(d._int):
        return False
    return d._int % 10 ** -d._exp == 0


def _int_value(d):
    v = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** -d._exp
    return -v if d._sign else v


def _powmod(a, b, m, ctx, st):
    for x in (a, b, m):
        if x._special >= 2:
            pass
    if a._special >= 2 or b._special >= 2 or m._special >= 2:
        sa = [x for x in (a, b, m) if x._special == 3]
        if sa:
            st.append(InvalidOperation)
            return _fix_nan(_dec(sa[0]._sign, sa[0]._int, 0, 2), ctx)
        for x in (a, b, m):
            if x._special == 2:
                return _fix_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        st.append(InvalidOperation)
        return _NaN
    bv = _int_value(b)
    mv = _int_value(m)
    if bv < 0 or mv == 0 or (not a._int and bv == 0):
        st.append(InvalidOperation)
        return _NaN
    if _ndigits(abs(mv)) > ctx.prec:
        st.append(InvalidOperation)
        return _NaN
    am = abs(mv)
    if a._exp > 0:
        base = a._int % am * pow(10, a._exp, am) % am
    else:
        base = abs(_int_value(a))
    r = pow(base, bv, am)
    sign = 1 if a._sign and bv & 1 else 0
    return _dec(sign, r, 0)


def _pow(a, b, ctx, st):
    if a._special >= 2 or b._special >= 2:
        return _nans(a, b, ctx, st)
    b_int = _is_integral(b)
    if b._special == 0 and not b._int:
        if a._special == 0 and not a._int:
            st.append(InvalidOperation)
            return _NaN
        return _fix(0, 1, 0, ctx, st)
    # sign of the result
    sign = 0
    if a._sign:
        if b_int:
            if b._exp <= 0 and _int_value(b) & 1:
                sign = 1
        elif not (a._special == 0 and not a._int):
            st.append(InvalidOperation)
            return _NaN
    if a._special == 1:
        if b._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, 1)
    if not a._int:
        if b._sign:
            return _dec(sign, 0, 0, 1)
        return _dec(sign, 0, 0)
    if b._special == 1:
        c = _cmp_mag(a, _ONE)
        if c == 0:
            st.append(Inexact)
            st.append(Rounded)
            return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if (c > 0) != bool(b._sign):
            return _dec(0, 0, 0, 1)
        return _dec(0, 0, 0)
    # results certain to overflow or underflow
    la = _log10_estimate(a)
    if la != 0:
        lz = _math.log10(abs(la)) + b.adjusted()
        if lz >= len(str(max(ctx.Emax, -ctx.Emin))) + 1:
            if (la > 0) != bool(b._sign):
                return _fix(sign, 1, ctx.Emax + 1, ctx, st)
            return _fix(sign, 1, ctx.Etiny() - 1, ctx, st)
    if b_int:
        n = _int_value(b)
        return _int_pow(sign, a, n, ctx, st)
    # general power: exp(b * ln|a|), correctly rounded
    return _general_pow(sign, a, b, ctx, st)


def _log10_estimate(a):
    """An estimate of log10(|a|) for finite nonzero a."""
    c = a._int
    n = _ndigits(c)
    if n > 300:
        lead = c // 10 ** (n - 20)
        return _math.log10(lead) + (n - 20) + a._exp
    return _math.log10(c) + a._exp


def _tiny_power(a, b, prec):
    """Whether b * ln(a) vanishes in CPython's working precision for power."""
    pw = max(_ndigits(a._int), prec) + 23
    ly = _log10_estimate(b) + _ln_log10(a)
    up = (_cmp(a, _ONE) > 0) != bool(b._sign)
    lim = _math.log10(0.5) - (pw - 1 if up else pw)
    return ly < lim


def _ln_log10(a):
    """About log10(|ln(a)|) for finite a > 0, a != 1."""
    adj = a.adjusted()
    if adj > 0 or adj < -1:
        return _math.log10(abs(_log10_estimate(a)) * 2.302585092994046)
    c = a._int
    e = a._exp
    if e < 0:
        diff = c - 10 ** -e
        dexp = e
    else:
        diff = c * 10 ** e - 1
        dexp = 0
    if _ndigits(abs(diff)) + dexp - 1 < -5:
        return _log10_estimate(_dec(0, abs(diff), dexp))
    return _math.log10(abs(_math.log(float(a))))


def _int_pow(sign, a, n, ctx, st):
    prec = ctx.prec
    if a.adjusted() == 0 and a._int == 10 ** (_ndigits(a._int) - 1):
        # |a| is one: a power of one at the exponent m * n
        if n < 0:
            return _dec(sign, 1, 0)
        k = min((_ndigits(a._int) - 1) * n, prec)
        return _fix(sign, 10 ** k, -k, ctx, st)
    est = _log10_estimate(a) * n
    if est > ctx.Emax + 2:
        return _fix(sign, 1, ctx.Emax + 1, ctx, st)
    if est < ctx.Etiny() - 3:
        return _fix(sign, 1, ctx.Etiny() - 3, ctx, st, ROUND_DOWN)
    if n > 0:
        c = a._int
        nd = _ndigits(c)
        if nd * n <= prec + 60 or n <= 2:
            return _fix(sign, c ** n, a._exp * n, ctx, st)
        wp = prec + len(str(n)) + 12
        coef, exp, inexact = _pow_trunc(c, a._exp, n, wp)
        if inexact:
            coef = coef * 10 + 1
            exp -= 1
        return _fix(sign, coef, exp, ctx, st)
    # negative power: 1 / a**-n
    m = -n
    c = a._int
    nd = _ndigits(c)
    if nd * m <= prec + 60:
        den = _dec(0, c ** m, a._exp * m)
        return _div(_dec(sign, 1, 0), den, ctx, st)
    wp = prec + len(str(m)) + 12
    coef, exp, inexact = _pow_trunc(c, a._exp, m, wp)
    # 1 / (coef * 10**exp) with wp digits
    shift = wp + _ndigits(coef) + 2
    q, r = divmod(10 ** shift, coef)
    qexp = -shift - exp
    if r or inexact:
        q = q * 10 + 1
        qexp -= 1
    else:
        while q % 10 == 0:
            q //= 10
            qexp += 1
    return _fix(sign, q, qexp, ctx, st)


def _pow_trunc(c, e, n, wp):
    """c**n truncated to about wp digits: (coef, exp, inexact), exponent including e*n."""
    inexact = False
    n0 = n
    rc = 1
    rexp = 0
    bc = c
    bexp = 0
    while True:
        if n & 1:
            rc *= bc
            rexp += bexp
            k = _ndigits(rc) - wp
            if k > 0:
                p = 10 ** k
                if rc % p:
                    inexact = True
                rc //= p
                rexp += k
        n >>= 1
        if not n:
            break
        bc *= bc
        bexp *= 2
        k = _ndigits(bc) - wp
        if k > 0:
            p = 10 ** k
            if bc % p:
                inexact = True
            bc //= p
            bexp += k
    return rc, rexp + e * n0, inexact


# ---------------------------------------------------------------------------
# Transcendental functions (fixed-point integer arithmetic)

def _isqrt(n):
    return _math.isqrt(n)


def _sqrt(a, ctx, st):
    r = _nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._special:
        if a._sign:
            st.append(InvalidOperation)
            return _NaN
        return a
    if not a._int:
        return _fix(a._sign, 0, a._exp >> 1, ctx, st)
    if a._sign:
        st.append(InvalidOperation)
        return _NaN
    prec = ctx.prec
    ideal = a._exp >> 1
    c = a._int
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    n = _ndigits(c)
    k = (2 * prec + 2 - n + 1) // 2
    if k < 0:
        k = 0
    m = c * 10 ** (2 * k)
    root = _isqrt(m)
    exp = e // 2 - k
    if root * root != m:
        d = root % 10
        if d == 0 or d == 5:
            root += 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return _fix(0, root, exp, ctx, st, ROUND_HALF_EVEN)


_LN10_CACHE = [0, 0]


def _ln10_fixed(w):
    """ln(10) * 10**w, error below 1."""
    if _LN10_CACHE[0] >= w:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - w)
    g = w + 10
    v = _ln_fixed_small(10 * 10 ** g, g)
    _LN10_CACHE[0] = g
    _LN10_CACHE[1] = v
    return v // 10 ** (g - w)


def _ln_fixed_small(y, w):
    """ln(y / 10**w) * 10**w for y / 10**w in [0.1, 10] (about), error a few units."""
    one = 10 ** w
    g = 8
    W = w + g
    Y = y * 10 ** g
    ONE = 10 ** W
    # bring Y near one by repeated square roots
    k = 0
    while abs(Y - ONE) * 1000 > ONE:
        Y = _isqrt(Y * ONE)
        k += 1
    # ln(Y) = 2 atanh(z), z = (Y - 1) / (Y + 1)
    z = (Y - ONE) * ONE // (Y + ONE)
    z2 = z * z // ONE
    term = z
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * z2 // ONE
        i += 2
    total = 2 * total * (1 << k)
    return total // 10 ** g


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w (c > 0), error a few units."""
    n = _ndigits(c)
    adj = e + n - 1
    W = w + 3
    if n - 1 > W:
        mc = c // 10 ** (n - 1 - W)
    else:
        mc = c * 10 ** (W - n + 1)
    lm = _ln_fixed_small(mc, W)
    if adj:
        g = len(str(abs(adj)))
        lm += adj * _ln10_fixed(W + g) // 10 ** g
    return lm // 1000


def _exp_fixed(x, w):
    """exp(x / 10**w) as (coef, exp) with a relative error of a few units in 10**-w;
    x's error affects it as |d x| / 10**w."""
    # x = k ln10 + r, 0 <= r < ln10
    ln10 = _ln10_fixed(w + 20)
    X = x * 10 ** 20
    k = X // ln10
    r = X - k * ln10
    W = w + 20
    ONE = 10 ** W
    # exp(r) with r / 2**s small
    s = 0
    while r > ONE // 1000:
        r >>= 1
        s += 1
    W2 = W + s // 3 + 5
    R = r * 10 ** (W2 - W)
    ONE2 = 10 ** W2
    term = ONE2
    total = ONE2
    i = 1
    while term:
        term = term * R // (ONE2 * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // ONE2
    return total, k - W2


def _ziv(sign, compute, ctx, st, rounding):
    """Correctly rounds a function value: compute(extra) gives (coef, exp) with an error below
    one unit of coef, coef of at least prec + extra digits."""
    prec = ctx.prec
    extra = 6
    while True:
        coef, exp = compute(extra)
        if coef <= 2:
            extra += 20
            continue
        lo = _fix(sign, coef - 2, exp, ctx, [], rounding)
        hi = _fix(sign, coef + 2, exp, ctx, [], rounding)
        if (lo._int == hi._int and lo._exp == hi._exp and lo._special == hi._special) or extra > 200:
            if _ndigits(coef - 2) != _ndigits(coef + 2):
                coef += 2
            return _fix(sign, coef * 10 + 1, exp - 1, ctx, st, rounding)
        extra *= 2


def _exp(a, ctx, st):
    r = _nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._special:
        return _dec(0, 0, 0) if a._sign else a
    if not a._int:
        return _fix(0, 1, 0, ctx, st)
    prec = ctx.prec
    adj = a.adjusted()
    # |a| tiny: exp(a) is 1 + a within far less than an ulp
    if adj < -(prec + 2):
        if a._sign:
            c = 10 ** (prec + 2) - 1
        else:
            c = 10 ** (prec + 2) + 1
        return _fix(0, c, -(prec + 2), ctx, st, ROUND_HALF_EVEN)
    # huge |a|: overflow or underflow
    big = (max(ctx.Emax, -ctx.Etiny()) + 2) * 2.31
    if adj > 0 and adj >= len(str(int(big))) + 1 or (adj >= 0 and float(a.copy_abs()) > big):
        if a._sign:
            return _fix(0, 1, ctx.Etiny() - 3, ctx, st, ROUND_HALF_EVEN)
        return _fix(0, 1, ctx.Emax + 1, ctx, st, ROUND_HALF_EVEN)

    def compute(extra):
        w = prec + extra + max(adj, 0) + 2
        # x * 10**w
        if a._exp + w >= 0:
            x = a._int * 10 ** (a._exp + w)
        else:
            x = a._int // 10 ** -(a._exp + w)
        if a._sign:
            x = -x
        coef, e = _exp_fixed(x, w)
        nd = _ndigits(coef)
        drop = nd - (prec + extra)
        if drop > 2:
            coef //= 10 ** (drop - 2)
            e += drop - 2
        return coef, e
    return _ziv(0, compute, ctx, st, ROUND_HALF_EVEN)


def _ln(a, ctx, st, ten):
    r = _nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._special:
        if a._sign:
            st.append(InvalidOperation)
            return _NaN
        return a
    if not a._int:
        return _dec(1, 0, 0, 1)
    if a._sign:
        st.append(InvalidOperation)
        return _NaN
    c = a._int
    e = a._exp
    if c == 1 and e == 0 or (not ten and _cmp(a, _ONE) == 0):
        return _fix(0, 0, 0, ctx, st)
    if ten:
        # an exact power of ten gives an exact integer
        s = str(c)
        if s[0] == '1' and s.count('0') == len(s) - 1:
            return _fix_int(a.adjusted(), ctx, st)
    prec = ctx.prec
    if e < 0:
        diff = c - 10 ** -e
        dexp = e
    else:
        diff = c * 10 ** e - 1
        dexp = 0
    lead = -(_ndigits(abs(diff)) + dexp - 1)
    if lead < 0:
        lead = 0
    sgn = [0]

    def compute(extra):
        w = prec + extra + lead + 4
        v = _ln_fixed(c, e, w + 2)
        if ten:
            v = v * 10 ** (w + 2) // _ln10_fixed(w + 2)
        sgn[0] = 1 if v < 0 else 0
        return abs(v) // 100, -w
    return _ziv_signed(sgn, compute, ctx, st)


def _ziv_signed(sgn, comp, ctx, st):
    prec = ctx.prec
    extra = 6
    while True:
        coef, exp = comp(extra)
        sign = sgn[0]
        if coef > 1:
            lo = _fix(sign, coef - 2, exp, ctx, [], ROUND_HALF_EVEN)
            hi = _fix(sign, coef + 2, exp, ctx, [], ROUND_HALF_EVEN)
            if (lo._int == hi._int and lo._exp == hi._exp and lo._special == hi._special) or extra > 200:
                if _ndigits(coef - 2) != _ndigits(coef + 2):
                    coef += 2
                return _fix(sign, coef * 10 + 1, exp - 1, ctx, st, ROUND_HALF_EVEN)
        extra *= 2


def _general_pow(sign, a, b, ctx, st):
    prec = ctx.prec
    # estimate the size of b * ln a to detect overflow / underflow early
    if a._int == 1 and a._exp == 0:
        st.append(Inexact)
        st.append(Rounded)
        return _dec(0, 10 ** (prec - 1), 1 - prec)
    la = _log10_estimate(a)
    adja = a.adjusted()
    bmag = b.adjusted()
    # b * ln(a) far below one unit of the precision: the result is 1 +- tiny
    ub = _math.log10(2.31 * (abs(adja) + 1) + 1)
    if bmag + ub < -(prec + 6) and _tiny_power(a, b, prec):
        # below the working precision of CPython's power: exactly one, inexact
        st.append(Inexact)
        st.append(Rounded)
        return _dec(0, 10 ** (prec - 1), 1 - prec)
    if bmag + ub < -(prec + 6):
        up = (_cmp(a, _ONE) > 0) != bool(b._sign)
        k = prec + 6
        c = 10 ** k + 1 if up else 10 ** k - 1
        return _fix(sign, c, -k, ctx, st)
    if bmag > 40:
        est = _INF_F if (la > 0) != bool(b._sign) else -_INF_F
    else:
        est = la * float(b)
    if est > ctx.Emax + 2:
        return _fix(sign, 1, ctx.Emax + 1, ctx, st)
    if est < ctx.Etiny() - 3:
        return _fix(sign, 1, ctx.Etiny() - 3, ctx, st)
    rounding = ctx.rounding
    bmag = b.adjusted()

    def compute(extra):
        w = prec + extra + max(bmag, 0) + max(len(str(int(abs(est)))), 1) + 6
        L = _ln_fixed(a._int, a._exp, w)
        # y = b * L
        y = b._int * L
        if b._exp >= 0:
            y *= 10 ** b._exp
        else:
            y //= 10 ** -b._exp
        if b._sign:
            y = -y
        coef, e = _exp_fixed(y, w)
        nd = _ndigits(coef)
        drop = nd - (prec + extra)
        if drop > 2:
            coef //= 10 ** (drop - 2)
            e += drop - 2
        return coef, e
    return _ziv(sign, compute, ctx, st, rounding)


# ---------------------------------------------------------------------------
# Formatting

def _parse_spec(spec):
    """Parses a format spec: dict of fill, align, sign, z, alt, zero, width, sep, prec, type."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        raise ValueError('invalid format string')
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    sep = None
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if sep is not None and typ == 'n':
        raise ValueError('invalid format string')
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
        alt = True
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, z, alt, width, sep, prec, typ


def _format(d, spec):
    fill, align, sgn, z, alt, width, sep, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    sign = d._sign
    if d._special:
        if d._special == 1:
            body = 'Infinity'
        else:
            body = 'NaN' if d._special == 2 else 'sNaN'
            if d._int:
                body += str(d._int)
        if typ == '%':
            body += '%'
        if alt:
            # zero padding does not apply to infinities and NaNs
            fill = ' '
            align = '>'
        return _pad(sign, body, fill, align, sgn, width)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
        if prec is None:
            pass
    if typ == 'n':
        typ = 'g'
    rounding = ctx.rounding
    c = d._int
    e = d._exp
    if typ == '%':
        e += 2
    if prec is not None:
        if typ in 'eE':
            keep = prec + 1
            n = _ndigits(c)
            if c and n > keep:
                c, _ = _shift_round(sign, c, n - keep, rounding)
                e += n - keep
                if _ndigits(c) > keep:
                    c //= 10
                    e += 1
            elif c and n < keep:
                c *= 10 ** (keep - n)
                e -= keep - n
        elif typ in 'fF%':
            target = -prec
            if e < target:
                drop = target - e
                n = _ndigits(c)
                if drop > n + 1:
                    c = 1 if c else 0
                    drop = 2 if c else drop
                if c:
                    c, _ = _shift_round(sign, c, drop, rounding)
                e = target
            elif e > target:
                c *= 10 ** (e - target)
                e = target
        else:
            p = prec if prec > 0 else 1
            n = _ndigits(c)
            if c and n > p:
                c, _ = _shift_round(sign, c, n - p, rounding)
                e += n - p
                if _ndigits(c) > p:
                    c //= 10
                    e += 1
    digits = str(c)
    if not c and typ in 'fF%' and e > 0:
        e = 0
    if z and not c:
        sign = 0
    n = len(digits)
    leftdigits = e + n
    if typ in 'eE':
        if not c and prec is not None:
            dot = 1 - prec
        else:
            dot = 1
    elif typ in 'fF%':
        dot = leftdigits
    else:
        if e <= 0 and leftdigits > -6:
            dot = leftdigits
        else:
            dot = 1
    if dot <= 0:
        intpart = '0'
        frac = '0' * (-dot) + digits
    elif dot >= n:
        intpart = digits + '0' * (dot - n)
        frac = ''
    else:
        intpart = digits[:dot]
        frac = digits[dot:]
    if leftdigits == dot and typ not in 'eE':
        exp_s = ''
    else:
        ech = 'E' if typ in 'EG' else 'e'
        exp_s = ech + '%+d' % (leftdigits - dot)
    if frac:
        frac = '.' + frac
    if typ == '%':
        exp_s += '%'
    if sep is not None or (width and align == '=' and fill == '0'):
        pass
    if sep is not None:
        intpart = _group(intpart, sep)
    body = intpart + frac + exp_s
    if align == '=' and width is not None and sep is not None and fill == '0':
        # zero padding of a grouped number keeps grouping
        signstr = _sign_str(sign, sgn)
        room = width - len(signstr) - len(frac) - len(exp_s)
        digs = intpart.replace(sep, '')
        while len(_group(digs, sep)) < room:
            digs = '0' + digs
        intpart = _group(digs, sep)
        return signstr + intpart + frac + exp_s
    return _pad(sign, body, fill, align, sgn, width)


def _group(s, sep):
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


def _sign_str(sign, sgn):
    if sign:
        return '-'
    if sgn == '+':
        return '+'
    if sgn == ' ':
        return ' '
    return ''


def _pad(sign, body, fill, align, sgn, width):
    signstr = _sign_str(sign, sgn)
    if width is None or len(signstr) + len(body) >= width:
        return signstr + body
    pad = width - len(signstr) - len(body)
    if align == '<':
        return signstr + body + fill * pad
    if align == '>':
        return fill * pad + signstr + body
    if align == '=':
        return signstr + fill * pad + body
    left = pad // 2
    return fill * left + signstr + body + fill * (pad - left)


# ---------------------------------------------------------------------------
# Constants

_INF_F = float('inf')
_NAN_F = float('nan')
_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)
_NaN = _dec(0, 0, 0, 2)
_ONE = _dec(0, 1, 0)

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
    traps=[DivisionByZero, Overflow, InvalidOperation], flags=[])
BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP,
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_numbers.Number.register(Decimal)

__name__ = __xname__
del __xname__
`;

export const DECIMAL_SOURCE = String.raw`
"""Decimal fixed-point and floating-point arithmetic."""

try:
    from _decimal import *
    from _decimal import __doc__, __version__, __libmpdec_version__
except ImportError:
    from _pydecimal import *
    from _pydecimal import __doc__, __version__, __libmpdec_version__
`;

definePythonModule('_pydecimal', PYDECIMAL_SOURCE, { hideFrames: true, cTypes: { Decimal: 'decimal', Context: 'decimal' } });
definePythonModule('decimal', DECIMAL_SOURCE, { hideFrames: true });
