// string.Template ($-substitution, PEP 292), as Python source run by pyvm itself (see
// python_source.ts) over the re module: the placeholder pattern is built from the class's
// delimiter, idpattern, braceidpattern and flags when the class is created (a subclass may
// change any of them, or give its own `pattern`), as the documentation describes. The string
// module (copy_string.ts) fetches Template from here on first use, so `import string` alone
// compiles nothing.
//
// Written from the string module's documentation; not CPython's Lib/string.py.

import { definePythonModule } from './python_source';

export const STRING_TEMPLATE_SOURCE = `
"""string.Template: $-substitutions."""

import re as _re


class _Overlay:
    """The keyword arguments over the mapping (a ChainMap's lookup)."""

    def __init__(self, kws, mapping):
        self._kws = kws
        self._mapping = mapping

    def __getitem__(self, key):
        try:
            return self._kws[key]
        except KeyError:
            return self._mapping[key]


def _placeholder_pattern(cls):
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern if cls.braceidpattern is not None else cls.idpattern
    source = (delim + '(?:'
              '(?P<escaped>' + delim + ')|'
              '(?P<named>' + ident + ')|'
              '{(?P<braced>' + braced + ')}|'
              '(?P<invalid>)'
              ')')
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    __module__ = 'string'
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            cls.pattern = pattern if not isinstance(pattern, str) else _re.compile(pattern, cls.flags | _re.VERBOSE)
        else:
            cls.pattern = _placeholder_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        if not before:
            line, col = 1, 1
        else:
            line = len(before)
            col = at - len(''.join(before[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _Overlay(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        values = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(values[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._mapping(_NO_MAPPING if mapping is None else mapping, kws)

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in found:
                    found.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return found


_NO_MAPPING = {}
Template.pattern = _placeholder_pattern(Template)
`;

definePythonModule('_string_template', STRING_TEMPLATE_SOURCE);
