// The format-specification mini-language (Python/formatter_unicode.c): format(value, spec)
// for int (and bool), float and str, as int.__format__, float.__format__ and
// str.__format__ do in CPython 3.11.
//
//   format_spec ::= [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// parseFormatSpec mirrors parse_internal_render_format_spec; formatInt, formatFloat and
// formatStr mirror format_long_internal, format_float_internal and format_string_internal.
// Widths and precisions count code points, not UTF-16 units.

import { raise } from './lib_errors';
import { floatRepr } from './float_repr';
import { PyIntLike, asInt, intToFloat } from './int_ops';
import { fixedDigits, sciDigits } from './float_ops';

export interface FormatSpec {
  fill: string; // one code point
  align: '' | '<' | '>' | '^' | '=';
  sign: '' | '+' | '-' | ' ';
  z: boolean; // coerce negative zero to zero (PEP 682)
  alternate: boolean; // '#'
  width: number; // -1 when absent
  grouping: '' | ',' | '_';
  precision: number; // -1 when absent
  type: string; // '' when absent
}

/** Code points in s (Python's len). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** The first n code points of s. */
export function cpSlice(s: string, n: number): string {
  if (s.length <= n) return s;
  let i = 0, k = 0;
  while (i < s.length && k < n) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    k++;
  }
  return s.slice(0, i);
}

function isAlign(c: string | undefined): c is '<' | '>' | '^' | '=' {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

function typeName(v: 'int' | 'float' | 'str' | 'complex'): string {
  return v;
}

/** Reads a run of decimal digits at s[i...]; returns [value or -1, next index]. */
function readNumber(s: string, i: number): [number, number] {
  const start = i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === start) return [-1, i];
  const digits = s.slice(start, i);
  // CPython accumulates into a Py_ssize_t and refuses when it would overflow.
  if (digits.length > 18 && BigInt(digits) > 9223372036854775807n) {
    raise('ValueError', 'Too many decimal digits in format string');
  }
  return [Number(digits), i];
}

/**
 * parse_internal_render_format_spec. `objType` names the object's type in error messages;
 * `defaultType` and `defaultAlign` are the formatter's defaults.
 */
export function parseFormatSpec(spec: string, objType: string, defaultAlign: '<' | '>', defaultType = ''): FormatSpec {
  // Specs repeat ('.2f' in a loop): parse each once. The results are never mutated.
  const key = objType + defaultAlign + defaultType + '|' + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const r = parseFormatSpecUncached(spec, objType, defaultAlign, defaultType);
  if (specCache.size >= 512) specCache.clear();
  specCache.set(key, r);
  return r;
}

const specCache = new Map<string, FormatSpec>();

function parseFormatSpecUncached(spec: string, objType: string, defaultAlign: '<' | '>', defaultType: string): FormatSpec {
  const r: FormatSpec = { fill: ' ', align: '', sign: '', z: false, alternate: false, width: -1, grouping: '', precision: -1, type: '' };
  const chars = Array.from(spec); // by code point, so a fill can be any character
  let s = chars.join('');
  // Work on code points for the fill, then on the (ASCII) rest by index.
  let i = 0;
  let fillGiven = false, alignGiven = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    r.fill = chars[0];
    r.align = chars[1];
    fillGiven = alignGiven = true;
    s = chars.slice(2).join('');
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    r.align = chars[0];
    alignGiven = true;
    s = chars.slice(1).join('');
  }
  if (s[i] === '+' || s[i] === '-' || s[i] === ' ') { r.sign = s[i] as '+' | '-' | ' '; i++; }
  if (s[i] === 'z') { r.z = true; i++; }
  if (s[i] === '#') { r.alternate = true; i++; }
  // A '0' before the width means zero padding, unless a fill/align was given explicitly.
  // (3.10+: for strings, whose default alignment is '<', it no longer implies '='.)
  if (!fillGiven && s[i] === '0') {
    r.fill = '0';
    if (!alignGiven && defaultAlign === '>') r.align = '=';
    i++;
  }
  [r.width, i] = readNumber(s, i);
  if (s[i] === ',') { r.grouping = ','; i++; }
  if (s[i] === '_') {
    if (r.grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    r.grouping = '_';
    i++;
  }
  // A ',' after '_' is the conflict; after ',' it is read on as the type (',,' is
  // "Cannot specify ',' with ','.", parse_internal_render_format_spec).
  if (s[i] === ',' && r.grouping === '_') raise('ValueError', "Cannot specify both ',' and '_'.");
  if (s[i] === '.') {
    i++;
    [r.precision, i] = readNumber(s, i);
    if (r.precision < 0) raise('ValueError', 'Format specifier missing precision');
  }
  // Whatever remains must be a single type character.
  const rest = s.slice(i);
  if (Array.from(rest).length > 1) {
    raise('ValueError', `Invalid format specifier '${spec}' for object of type '${objType}'`);
  }
  r.type = rest === '' ? defaultType : rest;
  if (r.grouping !== '') {
    switch (r.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (r.grouping === '_') break;
        raise('ValueError', `Cannot specify ',' with '${r.type}'.`);
        break;
      default:
        raise('ValueError', `Cannot specify '${r.grouping}' with '${r.type}'.`);
    }
  }
  return r;
}

/**
 * Inserts the grouping separator every `group` digits from the right, padding with
 * leading zeros so the result is at least minWidth long (CPython's
 * _PyUnicode_InsertThousandsGrouping, used for zero padding with grouping).
 */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  if (sep === '') {
    return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let minw = minWidth;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minw, 1));
    const zeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.unshift('0'.repeat(zeros) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    minw -= l;
    if (remaining <= 0 && minw <= 0) break;
    minw -= sep.length;
  }
  return parts.join(sep);
}

/**
 * Lays out a number: sign, prefix, digits (grouped), fraction/exponent tail and suffix,
 * padded to the spec's width (calc_number_widths + fill_number).
 */
function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, intDigits: string, tail: string, groupSize: number): string {
  let signStr = '';
  if (negative) signStr = '-';
  else if (spec.sign === '+') signStr = '+';
  else if (spec.sign === ' ') signStr = ' ';
  const sep = spec.grouping;
  const width = spec.width;
  const align = spec.align === '' ? '>' : spec.align;
  let body: string;
  if (spec.align === '=' && spec.fill === '0' && width > 0) {
    // Zero padding goes between sign/prefix and digits, and takes part in grouping.
    const minWidth = width - signStr.length - prefix.length - cpLength(tail);
    body = groupDigits(intDigits, sep, groupSize, minWidth);
    return signStr + prefix + body + tail;
  }
  body = groupDigits(intDigits, sep, groupSize, 0);
  const content = signStr + prefix + body + tail;
  const len = cpLength(content);
  if (width <= len) return content;
  const pad = width - len;
  switch (align) {
    case '<': return content + spec.fill.repeat(pad);
    case '>': return spec.fill.repeat(pad) + content;
    case '^': {
      const left = Math.floor(pad / 2);
      return spec.fill.repeat(left) + content + spec.fill.repeat(pad - left);
    }
    case '=': return signStr + prefix + spec.fill.repeat(pad) + body + tail;
    default: return content;
  }
}

/** Pads a non-numeric string (default left-aligned). */
function padString(s: string, spec: FormatSpec, defaultAlign: '<' | '>'): string {
  const len = cpLength(s);
  if (spec.width <= len) return s;
  const pad = spec.width - len;
  const align = spec.align === '' ? defaultAlign : spec.align;
  switch (align) {
    case '<': return s + spec.fill.repeat(pad);
    case '>': return spec.fill.repeat(pad) + s;
    case '^': {
      const left = Math.floor(pad / 2);
      return spec.fill.repeat(left) + s + spec.fill.repeat(pad - left);
    }
    default: return s + spec.fill.repeat(pad);
  }
}

/** format(int, spec): int.__format__ (format_long_internal). */
export function formatInt(value: PyIntLike, specText: string): string {
  const v = asInt(value);
  const spec = parseFormatSpec(specText, 'int', '>', 'd');
  const type = spec.type === '' ? 'd' : spec.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatValue(intToFloat(v), spec, 'int');
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      raise('ValueError', `Unknown format code '${type}' for object of type '${typeName('int')}'`);
  }
  if (spec.precision >= 0) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.z) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (spec.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      raise('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(spec, false, '', ch, '', 3);
  }
  const negative = v < 0;
  const mag = typeof v === 'number' ? Math.abs(v) : (negative ? -v : v);
  let digits: string, prefix = '', groupSize = 3;
  switch (type) {
    case 'b': digits = mag.toString(2); prefix = '0b'; groupSize = 4; break;
    case 'o': digits = mag.toString(8); prefix = '0o'; groupSize = 4; break;
    case 'x': digits = mag.toString(16); prefix = '0x'; groupSize = 4; break;
    case 'X': digits = mag.toString(16).toUpperCase(); prefix = '0X'; groupSize = 4; break;
    default: digits = mag.toString(); break;
  }
  if (!spec.alternate) prefix = '';
  return layoutNumber(spec, negative, prefix, digits, '', groupSize);
}

/** Removes trailing zeros (and a bare point) from a fixed or mantissa digit string. */
function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  s = s.replace(/0+$/, '');
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/**
 * PyOS_double_to_string for finite |x|: the digits (without sign) for format code
 * e/f/g/r (lower case) with the given precision; `alt` is Py_DTSF_ALT, `addDot0` is
 * Py_DTSF_ADD_DOT_0.
 */
export function doubleToString(ax: number, code: 'e' | 'f' | 'g' | 'r', precision: number, alt: boolean, addDot0: boolean): string {
  let out: string;
  switch (code) {
    case 'f':
      out = fixedDigits(ax, precision);
      if (alt && precision === 0) out += '.';
      break;
    case 'e': {
      const { digits, exp } = sciDigits(ax, precision);
      let mant = digits[0];
      if (precision > 0) mant += '.' + digits.slice(1);
      else if (alt) mant += '.';
      out = mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
      break;
    }
    case 'g': {
      const p = precision === 0 ? 1 : precision;
      const { digits, exp } = sciDigits(ax, p - 1);
      // With Py_DTSF_ADD_DOT_0 ('' type with a precision) the switch to exponent form
      // comes one digit earlier (format_float_short: decpt > precision - 1).
      if (exp < -4 || exp >= (addDot0 ? p - 1 : p)) { // zero: digits '0', exp 0
        let mant = digits[0] + (p > 1 ? '.' + digits.slice(1) : '');
        if (!alt) mant = stripZeros(mant);
        else if (p === 1) mant += '.';
        out = mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
      } else {
        out = fixedDigits(ax, Math.max(p - 1 - exp, 0));
        if (!alt) out = stripZeros(out);
        else if (out.indexOf('.') < 0) out += '.';
      }
      break;
    }
    case 'r': {
      out = floatRepr(ax);
      if (!addDot0 && out.endsWith('.0')) out = out.slice(0, -2);
      if (alt && out.indexOf('.') < 0) {
        const e = out.indexOf('e');
        out = e < 0 ? out + '.' : out.slice(0, e) + '.' + out.slice(e);
      }
      return out;
    }
    default:
      return code;
  }
  if (addDot0 && out.indexOf('.') < 0 && out.indexOf('e') < 0) out += '.0';
  return out;
}

/** format(float, spec): float.__format__ (format_float_internal). */
export function formatFloat(x: number, specText: string): string {
  const spec = parseFormatSpec(specText, 'float', '>');
  return formatFloatValue(x, spec, 'float');
}

function formatFloatValue(val: number, spec: FormatSpec, objType: 'int' | 'float'): string {
  let type = spec.type;
  let precision = spec.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  let addPct = false;
  switch (type) {
    case '': addDot0 = true; type = 'r'; defaultPrecision = 0; break;
    case 'n': type = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    case '%': type = 'f'; val *= 100; addPct = true; break;
    default:
      raise('ValueError', `Unknown format code '${type}' for object of type '${objType}'`);
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 2147483647) raise('ValueError', 'precision too big');
  const upper = type === 'E' || type === 'F' || type === 'G';
  const code = type.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let negative = val < 0 || Object.is(val, -0);
  let body: string;
  if (val !== val) { body = 'nan'; negative = false; }
  else if (!isFinite(val)) body = 'inf';
  else body = doubleToString(Math.abs(val), code, precision, spec.alternate, addDot0);
  if (upper) body = body.toUpperCase();
  // 'z': a value that rounds to zero prints without its minus sign.
  if (spec.z && negative && /^[0.]+$/.test(body.replace(/[eE][+-]\d+$/, ''))) negative = false;
  if (addPct) body += '%';
  // Split off the integer digits for grouping and zero padding.
  let k = 0;
  while (k < body.length && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
  const intDigits = body.slice(0, k);
  const tail = body.slice(k);
  if (k === 0) {
    // inf / nan: padding and sign but no grouping of digits
    return layoutNumber({ ...spec, grouping: '' }, negative, '', '', body, 3);
  }
  return layoutNumber(spec, negative, '', intDigits, tail, 3);
}

/** format(str, spec): str.__format__ (format_string_internal). */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText, 'str', '<', 's');
  if (spec.type !== '' && spec.type !== 's') {
    raise('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign === ' ') raise('ValueError', 'Space not allowed in string format specifier');
  if (spec.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (spec.z) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0) s = cpSlice(s, spec.precision);
  return padString(s, spec, '<');
}

/**
 * Applies width/fill/alignment of a spec to an already-converted string, as
 * object.__format__ does not (it rejects non-empty specs) but str.format's
 * conversions (!r/!s) need: formats `s` as a str with `spec`.
 */
export function formatAsStr(s: string, spec: string): string {
  return formatStr(s, spec);
}
