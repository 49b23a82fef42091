// str.format and str.format_map (Objects/stringlib/unicode_format.h: MarkupIterator,
// parse_field, FieldNameIterator, build_string).
//
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//
// Literal braces are doubled. Fields are numbered automatically ("{}") or manually
// ("{0}"), never both. A format_spec may itself contain replacement fields, expanded
// recursively to a depth of two. Objects are reached through FormatHooks.

import { PyObject } from './object';
import { raise } from './lib_errors';
import { strRepr } from './str_repr';
import { FormatHooks, asciiEscape } from './format_hooks';

/** Keyword arguments / the mapping of format_map: lookup that raises KeyError itself. */
export interface FormatKwargs {
  get(key: string): PyObject;
}

/** A plain JS map as keyword arguments (missing key -> KeyError('key')). */
export function kwargsFromMap(m: Map<string, PyObject> | null): FormatKwargs {
  return {
    get(key) {
      const v = m === null ? undefined : m.get(key);
      if (v === undefined) return raise('KeyError', strRepr(key), [key]);
      return v;
    },
  };
}

/** Auto-numbering state shared by a string and the format specs nested in it. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

function autoNumberCheck(an: AutoNumber, manual: boolean): void {
  if (an.state === 'init') an.state = manual ? 'manual' : 'auto';
  else if (an.state === 'manual' && !manual) {
    raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
  } else if (an.state === 'auto' && manual) {
    raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
  }
}

/** get_integer: a nonnegative decimal, or -1 when s is not all digits. */
function getInteger(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18 && BigInt(s) > 9223372036854775807n) raise('ValueError', 'Too many decimal digits in format string');
  return Number(s);
}

/** Resolves a field name to its object (get_field_object). */
function getFieldObject(name: string, args: PyObject[], kwargs: FormatKwargs, an: AutoNumber, hooks: FormatHooks): PyObject {
  // The first part runs to the first '.' or '['.
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: PyObject;
  let index = getInteger(first);
  if (first === '') {
    autoNumberCheck(an, false);
    index = an.next++;
  } else if (index >= 0) {
    autoNumberCheck(an, true);
  }
  if (index < 0) {
    obj = kwargs.get(first);
  } else {
    if (index >= args.length) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = args[index];
  }
  // Then any number of .attr and [key].
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const start = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(start, i);
      if (attr === '') raise('ValueError', 'Empty attribute in format string');
      obj = hooks.getattr(obj, attr);
    } else if (c === '[') {
      const start = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise('ValueError', "Missing ']' in format string");
      const key = name.slice(start, i);
      i++; // past ']'
      if (key === '') raise('ValueError', 'Empty attribute in format string');
      const k = getInteger(key);
      obj = hooks.getitem(obj, k >= 0 ? k : key);
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

/**
 * parse_field: reads one replacement field starting just after its '{' (at fmt[pos]);
 * returns its parts and the index just past its closing '}'.
 */
function parseField(fmt: string, pos: number): { name: string; conversion: string; spec: string; specNeedsExpanding: boolean; end: number } {
  const n = fmt.length;
  let i = pos;
  let c = '';
  // The field name runs to '}', ':' or '!' (brackets may contain them).
  while (i < n) {
    c = fmt[i++];
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (i < n && fmt[i] !== ']') i++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = fmt.slice(pos, c === '' ? i : i - 1);
  if (c === '!' || c === ':') {
    let conversion = '';
    if (c === '!') {
      if (i >= n) raise('ValueError', 'end of string while looking for conversion specifier');
      conversion = fmt[i++]; // any character, even '}' (then rejected as unknown)
      if (i < n) {
        const d = fmt[i++];
        if (d === '}') return { name, conversion, spec: '', specNeedsExpanding: false, end: i };
        if (d !== ':') raise('ValueError', "expected ':' after conversion specifier");
      }
    }
    const specStart = i;
    let count = 1;
    let expand = false;
    while (i < n) {
      const d = fmt[i++];
      if (d === '{') { expand = true; count++; }
      else if (d === '}' && --count === 0) {
        return { name, conversion, spec: fmt.slice(specStart, i - 1), specNeedsExpanding: expand, end: i };
      }
    }
    return raise('ValueError', "unmatched '{' in format spec");
  }
  if (c !== '}') raise('ValueError', "expected '}' before end of string");
  return { name, conversion: '', spec: '', specNeedsExpanding: false, end: i };
}

function buildString(fmt: string, args: PyObject[], kwargs: FormatKwargs, depth: number, an: AutoNumber, hooks: FormatHooks): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    // Literal text up to the next brace.
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    const atEnd = j + 1 >= n;
    if (c === '}') {
      if (atEnd || fmt[j + 1] !== '}') raise('ValueError', "Single '}' encountered in format string");
      out += '}';
      i = j + 2;
      continue;
    }
    if (atEnd) raise('ValueError', "Single '{' encountered in format string");
    if (fmt[j + 1] === '{') {
      out += '{';
      i = j + 2;
      continue;
    }
    const field = parseField(fmt, j + 1);
    let obj = getFieldObject(field.name, args, kwargs, an, hooks);
    switch (field.conversion) {
      case '': break;
      case 'r': obj = hooks.repr(obj); break;
      case 's': obj = hooks.str(obj); break;
      case 'a': obj = asciiEscape(hooks.repr(obj)); break;
      default: {
        const cp = field.conversion.codePointAt(0)!;
        const shown = cp >= 32 && cp < 127 ? field.conversion : `\\x${cp.toString(16)}`;
        raise('ValueError', `Unknown conversion specifier ${shown}`);
      }
    }
    const spec = field.specNeedsExpanding ? buildString(field.spec, args, kwargs, depth - 1, an, hooks) : field.spec;
    out += hooks.format(obj, spec);
    i = field.end;
  }
  return out;
}

/** str.format(*args, **kwargs) */
export function strFormat(fmt: string, args: PyObject[], kwargs: FormatKwargs, hooks: FormatHooks): string {
  return buildString(fmt, args, kwargs, 2, { state: 'init', next: 0 }, hooks);
}
