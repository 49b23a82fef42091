// string.Formatter, as Python source run by pyvm itself (see python_source.ts), with the
// format-string parser it uses (formatter_parser, formatter_field_name_split: CPython's C
// module _string, registered under that name too). The string module (copy_string.ts) fetches
// Formatter from here on first use. Written from the string documentation.

import { definePythonModule } from './python_source';

export const STRING_FORMATTER_SOURCE = String.raw`
"""string.Formatter and the format-string parser it uses (CPython's _string module)."""


def formatter_parser(format_string, /):
    """(literal_text, field_name, format_spec, conversion) for each part of a format string."""
    if not isinstance(format_string, str):
        raise TypeError(f'expected str, got {type(format_string).__name__}')
    s = format_string
    n = len(s)
    i = 0
    out = []
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            out.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # a replacement field: up to the matching '}'
        depth = 1
        j = i + 1
        while j < n:
            if s[j] == '{':
                depth += 1
            elif s[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth != 0:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        # the field name ends at the first '!' or ':' outside brackets
        k = 0
        m = len(field)
        while k < m:
            ch = field[k]
            if ch == '[':
                while k < m and field[k] != ']':
                    k += 1
                if k < m:
                    k += 1
                continue
            if ch == '{':
                raise ValueError('unexpected \'{\' in field name')
            if ch in '!:':
                break
            k += 1
        name = field[:k]
        conversion = None
        spec = ''
        if k < m and field[k] == '!':
            if k + 1 >= m:
                raise ValueError("unmatched '{' in format spec")
            conversion = field[k + 1]
            k += 2
            if k < m:
                if field[k] != ':':
                    raise ValueError("expected ':' after conversion specifier")
        if k < m and field[k] == ':':
            spec = field[k + 1:]
        out.append((''.join(literal), name, spec, conversion))
        literal = []
        i = j + 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return iter(out)


def formatter_field_name_split(field_name, /):
    """(first, iterator of (is_attribute, key)) for a field name like 'a.b[0]'."""
    if not isinstance(field_name, str):
        raise TypeError(f'expected str, got {type(field_name).__name__}')
    s = field_name
    n = len(s)
    i = 0
    while i < n and s[i] not in '.[':
        i += 1
    first = s[:i]
    if first.isdigit() or (first and first.isdecimal()):
        first = int(first)
    rest = []
    while i < n:
        if s[i] == '.':
            j = i + 1
            while j < n and s[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, s[i + 1:j]))
            i = j
        elif s[i] == '[':
            j = s.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = s[i + 1:j]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and s[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, iter(rest)


class Formatter:
    """The str.format machinery as overridable methods (string.Formatter)."""

    __module__ = 'string'

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
`;

definePythonModule('_string', STRING_FORMATTER_SOURCE, { hideFrames: true });
