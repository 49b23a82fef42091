// printf-style string formatting: `format % args` for str (PyUnicode_Format in
// Objects/unicodeobject.c).
//
//   conversion ::= '%' ['(' key ')'] flags* [width | '*'] ['.' (precision | '*')] [h|l|L] type
//
// Arguments come from a tuple (one per conversion), a single non-tuple value, or a mapping
// for '%(key)s' conversions. Objects are converted through FormatHooks (str, repr,
// __int__, __index__, __float__), so user classes work once the core runtime supplies them.

import { PyObject, PyFloat, PyTuple } from './object';
import { raise } from './lib_errors';
import { PyInt, asInt } from './int_ops';
import { doubleToString, cpLength, cpSlice } from './format_spec';
import { FormatHooks, asciiEscape } from './format_hooks';

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** The argument source: a tuple's items, or one object (arglen -1), as CPython's formatter. */
interface ArgState {
  args: PyObject;
  items: PyObject[] | null;
  arglen: number;
  argidx: number;
}

function getNextArg(st: ArgState): PyObject {
  const i = st.argidx;
  if (i < st.arglen) {
    st.argidx++;
    return st.arglen < 0 ? st.args : st.items![i];
  }
  return raise('TypeError', 'not enough arguments for format string');
}

function isIntValue(v: PyObject): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/**
 * Converts for %d/%i/%u (PyNumber_Long) or %o/%x/%X (PyNumber_Index). A TypeError from the
 * conversion (an __int__ that returns a str) becomes the conversion's own message, as in
 * mainformatlong's `wrongtype`.
 */
function intArg(v: PyObject, type: string, hooks: FormatHooks): PyInt {
  if (isIntValue(v)) return asInt(v);
  const real = type === 'd' || type === 'i' || type === 'u';
  const r = convertOrNull(hooks, () => (real ? hooks.toInt(v) : hooks.index(v)));
  if (r !== null) return r;
  if (real) return raise('TypeError', `%${type} format: a real number is required, not ${hooks.typeName(v)}`);
  return raise('TypeError', `%${type} format: an integer is required, not ${hooks.typeName(v)}`);
}

/** `convert()`, with a TypeError it raises taken as "no conversion" (null). */
function convertOrNull<T>(hooks: FormatHooks, convert: () => T | null): T | null {
  try {
    return convert();
  } catch (e) {
    if (hooks.isTypeError(e)) return null;
    throw e;
  }
}

function floatArg(v: PyObject, hooks: FormatHooks): number {
  if (v instanceof PyFloat) return v.value;
  const r = hooks.toFloat(v);
  if (r !== null) return r;
  return raise('TypeError', `must be real number, not ${hooks.typeName(v)}`);
}

/**
 * The end of the run of ASCII digits at fmt[i] (a loop: a regex on a slice per width and
 * precision was 4% of a `"%.3f" % v` loop).
 */
function digitsEnd(fmt: string, i: number): number {
  const stop = fmt.length;
  let e = i;
  while (e < stop) {
    const c = fmt.charCodeAt(e);
    if (c < 48 || c > 57) break;
    e++;
  }
  return e;
}

/** `fmt % args` for a str format (PyUnicode_Format). */
export function percentFormat(fmt: string, args: PyObject, hooks: FormatHooks): string {
  const isTuple = args instanceof PyTuple;
  const st: ArgState = {
    args,
    items: isTuple ? (args as PyTuple).items : null,
    arglen: isTuple ? (args as PyTuple).items.length : -1,
    argidx: isTuple ? 0 : -2,
  };
  const dict = !isTuple && typeof args !== 'string' && hooks.isMapping(args) ? args : null;
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    // Only an immediate "%%" is a literal percent; "%5%" is an unsupported conversion.
    if (fmt[i] === '%') { out += '%'; i++; continue; }
    let v: PyObject | null = null;
    // '%(key)': the value comes from the mapping; parentheses may nest inside the key.
    if (fmt[i] === '(') {
      if (dict === null) raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === ')') depth--;
        else if (fmt[i] === '(') depth++;
        i++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = fmt.slice(start, i - 1);
      v = hooks.getitem(dict, key);
      st.arglen = -1;
      st.argidx = -2;
    }
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[i] === '*') {
      const w = getNextArg(st);
      if (!isIntValue(w)) raise('TypeError', '* wants int');
      width = Number(asInt(w));
      if (width < 0) { flags |= F_LJUST; width = -width; }
      i++;
    } else {
      const e = digitsEnd(fmt, i);
      if (e > i) {
        // CPython's limits: a width up to PY_SSIZE_T_MAX, a precision up to INT_MAX.
        if (e - i > 18 && BigInt(fmt.slice(i, e)) > 9223372036854775807n) raise('ValueError', 'width too big');
        width = Number(fmt.slice(i, e));
        i = e;
      }
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = getNextArg(st);
        if (!isIntValue(p)) raise('TypeError', '* wants int');
        prec = Math.max(0, Number(asInt(p)));
        i++;
      } else {
        const e = digitsEnd(fmt, i);
        prec = 0;
        if (e > i) {
          prec = Number(fmt.slice(i, e));
          if (prec > 2147483647) raise('ValueError', 'precision too big');
          i = e;
        }
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) raise('ValueError', 'incomplete format');
    const type = fmt[i];
    const typePos = i;
    i++;
    if (v === null) v = getNextArg(st);
    out += formatOne(v, type, typePos, flags, width, prec, hooks);
  }
  if (st.argidx < st.arglen && dict === null) {
    raise('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

/** Pads sign + prefix + body to width (unicode_format_arg_output). */
function output(sign: string, prefix: string, body: string, flags: number, width: number, numeric: boolean): string {
  const content = sign + prefix + body;
  const len = cpLength(content);
  if (width <= len) return content;
  const pad = width - len;
  if (flags & F_LJUST) return content + ' '.repeat(pad);
  if (numeric && (flags & F_ZERO)) return sign + prefix + '0'.repeat(pad) + body;
  return ' '.repeat(pad) + content;
}

function formatOne(v: PyObject, type: string, typePos: number, flags: number, width: number, prec: number, hooks: FormatHooks): string {
  switch (type) {
    case 's': case 'r': case 'a': {
      let s = type === 's' ? hooks.str(v) : type === 'r' ? hooks.repr(v) : asciiEscape(hooks.repr(v));
      if (prec >= 0) s = cpSlice(s, prec);
      return output('', '', s, flags, width, false);
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const x = intArg(v, type, hooks);
      const negative = x < 0;
      const mag = typeof x === 'number' ? Math.abs(x) : (negative ? -x : x);
      const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
      let digits = mag.toString(base);
      if (type === 'X') digits = digits.toUpperCase();
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      let prefix = '';
      if ((flags & F_ALT) && base !== 10) prefix = type === 'o' ? '0o' : type === 'x' ? '0x' : '0X';
      const sign = negative ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : '';
      return output(sign, prefix, digits, flags, width, true);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = floatArg(v, hooks);
      const p = prec < 0 ? 6 : prec;
      const code = type.toLowerCase() as 'e' | 'f' | 'g';
      let body: string;
      if (x !== x) body = 'nan';
      else if (!isFinite(x)) body = 'inf';
      else body = doubleToString(Math.abs(x), code, p, (flags & F_ALT) !== 0, false);
      if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
      const negative = x < 0 || Object.is(x, -0);
      const sign = negative ? '-' : (flags & F_SIGN) ? '+' : (flags & F_BLANK) ? ' ' : '';
      return output(sign, '', body, flags, width, isFinite(x));
    }
    case 'c': {
      let ch: string;
      if (typeof v === 'string') {
        if (cpLength(v) !== 1) raise('TypeError', '%c requires int or char');
        ch = v;
      } else {
        const x = isIntValue(v) ? asInt(v) : convertOrNull(hooks, () => hooks.index(v));
        if (x === null) return raise('TypeError', '%c requires int or char');
        if (x < 0 || x > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(x));
      }
      return output('', '', ch, flags, width, false);
    }
    default: {
      const cp = type.codePointAt(0)!;
      const shown = cp >= 32 && cp < 127 ? type : '?';
      return raise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${typePos}`);
    }
  }
}
