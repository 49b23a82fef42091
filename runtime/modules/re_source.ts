// The re module's Python layer (see re.ts): RegexFlag, error, Pattern, Match and the module
// functions, over _pyvm_re's primitives (compile, exec, scan, scanall, template). pyvm's own
// source, written from the documented behaviour of CPython 3.11's re.

export const RE_SOURCE = String.raw`
"""Support for regular expressions (RE)."""

import _pyvm_re as _re
from operator import index as _index

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
_NOARG = object()
_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re module's flags (an IntFlag in CPython)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in _FLAG_ORDER if v & b]
        return '|'.join(names) if names else None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for n, b in _FLAG_ORDER:
            if v & b:
                parts.append('re.' + n)
                v &= ~b
        if v:
            if not parts:
                return 're.RegexFlag(%d)' % v
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # IntFlag's KEEP boundary: the complement within the flags' bits, or within the value's
        # own bit length when it has bits past them
        v = ~int(self)
        if v < 0:
            v += _ALL_FLAGS + 1 if v >= ~_ALL_FLAGS else max(_ALL_FLAGS + 1, 2 ** v.bit_length())
        return RegexFlag(v)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


class _GroupIndex(dict):
    """Pattern.groupindex: a read-only mapping (a mappingproxy in CPython)."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


def _warn():
    """Gives the warnings the last _re.compile/_re.template call collected, at the first frame
    outside this module (the caller of re.compile, re.sub, Pattern.sub, Match.expand...)."""
    ws = _re.takewarnings()
    if ws is None:
        return
    import sys
    import warnings
    g = globals()
    level = 1
    f = sys._getframe(0)
    while f is not None and f.f_globals is g:
        f = f.f_back
        level += 1
    for cat, msg in ws:
        warnings.warn(msg, DeprecationWarning if cat == 'd' else FutureWarning, stacklevel=level)


def _raise_compile_error(r, pattern):
    kind, msg, pos = r
    if kind == 'overflow':
        raise OverflowError(msg)
    if kind == 'notimpl':
        if msg.startswith('cannot use') or msg.startswith('ASCII and'):
            raise ValueError(msg)
        raise NotImplementedError(msg)
    if kind == 'index':
        raise IndexError(msg)
    if isinstance(pattern, bytes):
        msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
    raise error(msg, pattern if pos is not None else None, pos)


def _text(pattern, string):
    """(the str the matcher runs on, the object results are sliced from)."""
    if type(string) is str:
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string, string
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        s = str.__str__(string)
        return s, s
    if not isinstance(string, (bytes, bytearray, memoryview)):
        # any other buffer (array.array) is a bytes-like subject too
        try:
            memoryview(string)
        except TypeError:
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__) from None
    if not pattern._isbytes:
        raise TypeError("cannot use a string pattern on a bytes-like object")
    b = string if type(string) is bytes else bytes(string)
    return b.decode('latin-1'), b


def _clamp(v, n):
    v = _index(v)
    if v < 0:
        return 0
    if v > n:
        return n
    return v


class Pattern:
    """Compiled regular expression object."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        flags = self.flags
        if not self._isbytes:
            flags &= ~32
        r = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        parts = []
        for n, b in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
                     ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
            if flags & b:
                parts.append('re.' + n)
                flags &= ~b
        if flags:
            parts.append(hex(flags))
        return 're.compile(%s, %s)' % (r, '|'.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        # CPython registers re._pickle with copyreg: (re._compile, (pattern, flags))
        return _compile, (self.pattern, self.flags)

    def match(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            raise TypeError("match() missing required argument 'string' (pos 1)")
        if type(string) is str and not self._isbytes:
            r = _exec(self._handle, string, pos, endpos, 1)
            src = string
        else:
            s, src = _text(self, string)
            r = _exec(self._handle, s, pos, endpos, 1)
        if r is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._src = src
        m._spans = r
        return m

    def fullmatch(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            raise TypeError("fullmatch() missing required argument 'string' (pos 1)")
        if type(string) is str and not self._isbytes:
            r = _exec(self._handle, string, pos, endpos, 2)
            src = string
        else:
            s, src = _text(self, string)
            r = _exec(self._handle, s, pos, endpos, 2)
        if r is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._src = src
        m._spans = r
        return m

    def search(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            raise TypeError("search() missing required argument 'string' (pos 1)")
        if type(string) is str and not self._isbytes:
            r = _exec(self._handle, string, pos, endpos, 0)
            src = string
        else:
            s, src = _text(self, string)
            r = _exec(self._handle, s, pos, endpos, 0)
        if r is None:
            return None
        m = _new(Match)
        m.re = self
        m.string = string
        m._src = src
        m._spans = r
        return m

    def findall(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            raise TypeError("findall() missing required argument 'string' (pos 1)")
        s, src = _text(self, string)
        out = _re.findall(self._handle, s, pos, endpos)
        if self._isbytes:
            return [x.encode('latin-1') if type(x) is str else tuple([y.encode('latin-1') for y in x]) for x in out]
        return out

    def finditer(self, string=_NOARG, pos=0, endpos=_MAXSIZE):
        if string is _NOARG:
            raise TypeError("finditer() missing required argument 'string' (pos 1)")
        s, src = _text(self, string)
        n = len(s)
        return self._iter(string, src, s, _clamp(pos, n), _clamp(endpos, n))

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        s, src = _text(self, string)
        n = len(s)
        sc = _new(_Scanner)
        sc.pattern = self
        sc._string, sc._src, sc._s = string, src, s
        sc._start = sc._pos = _clamp(pos, n)
        sc._endpos = _clamp(endpos, n)
        sc._must = False
        return sc

    def _iter(self, string, src, s, pos, endpos):
        start, must, handle = pos, False, self._handle
        while pos <= endpos:
            r = _re.scan(handle, s, pos, endpos, must, start)
            if r is None:
                return
            yield _match(self, string, src, r)
            must = r[0] == r[1]
            pos = r[1]

    def split(self, string=_NOARG, maxsplit=0):
        if string is _NOARG:
            raise TypeError("split() missing required argument 'string' (pos 1)")
        s, src = _text(self, string)
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [src]
        out = _re.split(self._handle, s, maxsplit)
        if self._isbytes:
            return [x.encode('latin-1') if type(x) is str else x for x in out]
        return out

    def _subx(self, repl, string, count):
        s, src = _text(self, string)
        if callable(repl):
            filt = repl
            literal = None
        else:
            if not isinstance(repl, (str, bytes, bytearray, memoryview)):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            if self._isbytes:
                if isinstance(repl, str):
                    raise TypeError("sequence item 0: expected a bytes-like object, str found")
                repl = bytes(repl)
            elif not isinstance(repl, str):
                raise TypeError("sequence item 0: expected str instance, %s found" % type(repl).__name__)
            elif type(repl) is not str:
                repl = str.__str__(repl)
            filt = None
            literal = repl if (b'\\' if self._isbytes else '\\') not in repl else None
            if literal is None:
                items = _template(self, repl)
                if len(items) == 1 and not isinstance(items[0], int):
                    literal = items[0]
                elif not items:
                    literal = repl[:0]
        count = _index(count)
        if count < 0:
            return string, 0
        if filt is None and not self._isbytes:
            return _re.subt(self._handle, s, count, [literal] if literal is not None else items)
        found = _re.scanall(self._handle, s, 0, len(s), count)
        if not found:
            return (string if src is string else src[:]), 0
        orig, string = string, src
        parts = []
        last = 0
        n = len(s)
        for r in found:
            parts.append(string[last:r[0]])
            if literal is not None:
                parts.append(literal)
            else:
                m = _match(self, orig, string, r + (0, n))
                if filt is not None:
                    item = filt(m)
                    if item is not None:
                        parts.append(item)
                else:
                    parts.append(_expand(m, items))
            last = r[1]
        parts.append(string[last:])
        return string[:0].join(parts), len(found)

    def sub(self, repl=_NOARG, string=_NOARG, count=0):
        if string is _NOARG:
            raise TypeError("sub() missing required argument '%s' (pos %d)" % (('repl', 1) if repl is _NOARG else ('string', 2)))
        return self._subx(repl, string, count)[0]

    def subn(self, repl=_NOARG, string=_NOARG, count=0):
        if string is _NOARG:
            raise TypeError("subn() missing required argument '%s' (pos %d)" % (('repl', 1) if repl is _NOARG else ('string', 2)))
        return self._subx(repl, string, count)


def _new_pattern(pattern, flags):
    isbytes = isinstance(pattern, bytes)
    if isbytes:
        r = _re.compile(pattern.decode('latin-1'), flags, True)
    else:
        # a str subclass reaches the matcher as the str it holds (p.pattern keeps the object)
        r = _re.compile(pattern if type(pattern) is str else str.__str__(pattern), flags)
    _warn()
    if len(r) == 3:
        _raise_compile_error(r, pattern)
    p = object.__new__(Pattern)
    p._handle, f, p.groups, gi, p._parents = r
    p.flags = f
    p.pattern = pattern
    p.groupindex = _GroupIndex(gi)
    p._isbytes = isbytes
    p._names = {v: k for k, v in gi.items()}
    return p


_templates = {}


def _template(pattern, repl, cached=True):
    # sub/subn cache parsed templates (CPython's _compile_repl); Match.expand parses each time
    key = (pattern, repl)
    items = _templates.get(key) if cached else None
    if items is None:
        text = repl.decode('latin-1') if pattern._isbytes else repl if type(repl) is str else str.__str__(repl)
        items = _re.template(text, pattern.groups, dict(pattern.groupindex), pattern._isbytes)
        _warn()
        if type(items) is tuple:
            _raise_compile_error(items, repl)
        if pattern._isbytes:
            items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
        if len(_templates) >= 512:
            del _templates[next(iter(_templates))]
        _templates[key] = items
    return items


def _expand(m, items):
    empty = m._src[:0]
    out = []
    for x in items:
        if isinstance(x, int):
            out.append(m.group(x) or empty)
        else:
            out.append(x)
    return empty.join(out)


class Match:
    """The result of a successful match."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._spans[2 * i]
        if a < 0:
            return default
        src = self._src
        if type(src) is bytes and src is not self.string:
            # a mutable buffer's bytes as they are now (CPython slices the buffer at each
            # group(), clamped to its current length)
            src = bytes(self.string)
        return src[a:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def pos(self):
        return self._spans[-2]

    @property
    def endpos(self):
        return self._spans[-1]

    @property
    def regs(self):
        sp = self._spans
        return tuple([(sp[2 * i], sp[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        sp = self._spans
        best = -1
        bend = -1
        for g in range(1, self.re.groups + 1):
            if sp[2 * g] >= 0 and sp[2 * g + 1] >= bend:
                best = g
                bend = sp[2 * g + 1]
        if best < 0:
            return None
        parents = self.re._parents
        p = parents[best]
        while p > 0:
            if sp[2 * p] >= 0 and sp[2 * p + 1] == bend:
                best = p
            p = parents[p]
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        return self.re._names.get(i)

    def expand(self, template):
        return _expand(self, _template(self.re, template, False))

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")


class _Scanner:
    """Pattern.scanner(): successive match()/search() calls go on where the last match ended
    (after an empty match, the next must advance); after a failure both return None."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def __reduce__(self):
        raise TypeError("cannot pickle '_sre.SRE_Scanner' object")

    def match(self):
        return self._next(_re.scanmatch)

    def search(self):
        return self._next(_re.scan)

    def _next(self, fn):
        pos = self._pos
        if pos is None:
            return None
        r = fn(self.pattern._handle, self._s, pos, self._endpos, self._must, self._start)
        if r is None:
            self._pos = None
            return None
        self._must = r[0] == r[1]
        self._pos = r[1]
        return _match(self.pattern, self._string, self._src, r)


_Scanner.__name__ = _Scanner.__qualname__ = 'SRE_Scanner'


def _match(pattern, string, src, spans):
    m = _new(Match)
    m.re = pattern
    m.string = string
    m._src = src
    m._spans = spans
    return m


_new = object.__new__
_exec = _re.exec


_cache = {}
_strcache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
    if flags & 1:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    if not flags and type(pattern) is str:
        if len(_strcache) >= _MAXCACHE:
            _strcache.clear()
        _strcache[pattern] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    if not flags:
        try:
            return _strcache[pattern].match(string)
        except (KeyError, TypeError):
            pass
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    if not flags:
        try:
            return _strcache[pattern].fullmatch(string)
        except (KeyError, TypeError):
            pass
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    if not flags:
        try:
            return _strcache[pattern].search(string)
        except (KeyError, TypeError):
            pass
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _strcache.clear()
    _templates.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # warn just once
        return _compile(pattern, flags | 1)


class Scanner:
    """A simple lexer: (phrase, action) pairs tried as one alternation at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        gids = []
        parts = []
        n = 1
        for phrase, action in lexicon:
            gids.append(n)
            parts.append('(%s)' % phrase)
            n += 1 + _compile(phrase, flags).groups
        self._gids = gids
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.match
        gids = self._gids
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            while m.start(gids[k]) < 0:
                k += 1
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


Pattern.__module__ = 're'
Match.__module__ = 're'
Pattern.__class_getitem__ = classmethod(type(list[int]))
Match.__class_getitem__ = classmethod(type(list[int]))

# re is a package in CPython 3.11 (Lib/re/): its submodules re._constants and re._compiler
# (re_internal_source.ts) are attributes of re
__path__ = []
__package__ = 're'
import re._constants as _constants
import re._compiler as _compiler
`;
