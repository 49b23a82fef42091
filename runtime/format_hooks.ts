// What the formatting code (percent_format.ts, str_format.ts) needs from the object model
// to format arbitrary objects: repr/str/format of any value, attribute and item access,
// and the numeric conversions __int__/__index__/__float__. The core runtime supplies an
// implementation; `basicFormatHooks` covers the built-in scalar and container values of
// runtime/object.ts (used by tests and as the fallback for those types).

import { PyObject, PyFloat, PyComplex, PyTuple, PyBase, None, PyBytes, Ellipsis, NotImplemented } from './object';
import { floatRepr } from './float_repr';
import { strRepr, bytesRepr } from './str_repr';
import { complexRepr } from './complex';
import { PyInt, intRepr, floatToInt, asInt, intToFloat } from './int_ops';
import { formatInt, formatFloat, formatStr } from './format_spec';
import { raise, PyLibError } from './lib_errors';

export interface FormatHooks {
  repr(o: PyObject): string;
  str(o: PyObject): string;
  /** The format() builtin: type(o).__format__(o, spec). */
  format(o: PyObject, spec: string): string;
  getattr(o: PyObject, name: string): PyObject;
  getitem(o: PyObject, key: PyObject): PyObject;
  /** type(o).__name__ */
  typeName(o: PyObject): string;
  /** For '%': true when o is a mapping (not a tuple or str) so '%(key)s' may index it. */
  isMapping(o: PyObject): boolean;
  /** o.__index__() or null when o has none. */
  index(o: PyObject): PyInt | null;
  /** int(o) through __int__ (or __index__), or null when o has neither. */
  toInt(o: PyObject): PyInt | null;
  /** float(o) through __float__ (or __index__), or null when o has neither. */
  toFloat(o: PyObject): number | null;
  /** Is `e` (caught from index/toInt) a Python TypeError? ('%d' reports those in its own words.) */
  isTypeError(e: unknown): boolean;
}

/** ascii(): repr with every non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** Type names of the values runtime/object.ts defines. */
export function basicTypeName(o: PyObject): string {
  switch (typeof o) {
    case 'number': case 'bigint': return 'int';
    case 'boolean': return 'bool';
    case 'string': return 'str';
    default:
      if (o instanceof PyFloat) return 'float';
      if (o instanceof PyComplex) return 'complex';
      if (o instanceof PyTuple) return 'tuple';
      if (o instanceof PyBytes) return 'bytes';
      if (o === None) return 'NoneType';
      if (o === Ellipsis) return 'ellipsis';
      if (o === NotImplemented) return 'NotImplementedType';
      return (o as PyBase).constructor.name;
  }
}

/** Hooks for the values of runtime/object.ts alone (no user classes, no dict or list). */
export const basicFormatHooks: FormatHooks = {
  isTypeError: (e) => e instanceof PyLibError && e.kind === 'TypeError',
  repr(o) {
    switch (typeof o) {
      case 'number': case 'bigint': return intRepr(o);
      case 'boolean': return o ? 'True' : 'False';
      case 'string': return strRepr(o);
      default:
        if (o instanceof PyFloat) return floatRepr(o.value);
        if (o instanceof PyComplex) return complexRepr(o);
        if (o instanceof PyTuple) {
          if (o.items.length === 1) return '(' + this.repr(o.items[0]) + ',)';
          return '(' + o.items.map((x) => this.repr(x)).join(', ') + ')';
        }
        if (o instanceof PyBytes) return bytesRepr(o.bytes);
        if (o === None) return 'None';
        if (o === Ellipsis) return 'Ellipsis';
        if (o === NotImplemented) return 'NotImplemented';
        return `<${basicTypeName(o)} object>`;
    }
  },
  str(o) {
    return typeof o === 'string' ? o : this.repr(o);
  },
  format(o, spec) {
    if (typeof o === 'boolean' && spec === '') return o ? 'True' : 'False';
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return formatInt(o, spec);
    if (o instanceof PyFloat) return formatFloat(o.value, spec);
    if (typeof o === 'string') return formatStr(o, spec);
    if (spec !== '') raise('TypeError', `unsupported format string passed to ${basicTypeName(o)}.__format__`);
    return this.str(o);
  },
  getattr(o, name) {
    if (o instanceof PyComplex && (name === 'real' || name === 'imag')) return new PyFloat(o[name]);
    if (o instanceof PyFloat && name === 'real') return o;
    if (o instanceof PyFloat && name === 'imag') return new PyFloat(0);
    if ((typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') && (name === 'real' || name === 'numerator')) return asInt(o);
    if ((typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') && name === 'imag') return 0;
    return raise('AttributeError', `'${basicTypeName(o)}' object has no attribute '${name}'`);
  },
  getitem(o, key) {
    if (o instanceof PyTuple || typeof o === 'string') {
      if (typeof key !== 'number' && typeof key !== 'boolean') {
        raise('TypeError', `${basicTypeName(o)} indices must be integers or slices, not ${basicTypeName(key)}`);
      }
      const items = typeof o === 'string' ? Array.from(o) : o.items;
      let i = Number(key);
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raise('IndexError', `${basicTypeName(o)} index out of range`);
      return items[i];
    }
    return raise('TypeError', `'${basicTypeName(o)}' object is not subscriptable`);
  },
  typeName: basicTypeName,
  isMapping() {
    return false;
  },
  index(o) {
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return asInt(o);
    return null;
  },
  toInt(o) {
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return asInt(o);
    if (o instanceof PyFloat) return floatToInt(o.value);
    return null;
  },
  toFloat(o) {
    if (typeof o === 'number' || typeof o === 'boolean') return Number(o);
    if (typeof o === 'bigint') return intToFloat(o);
    if (o instanceof PyFloat) return o.value;
    return null;
  },
};
