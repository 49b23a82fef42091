// The object-model side of formatting: format(obj, spec) as the builtin does it
// (type(obj).__format__), and the FormatHooks that let percent_format.ts and
// str_format.ts reach any object (user classes included) through the core runtime.

import { PyObject, PyFloat, PyTuple } from './object';
import { typeOf, strType } from './types';
import { repr, str, getItem, isTrue } from './ops';
import { getAttr, lookupSpecial } from './attr';
import { callObject } from './call';
import { raise } from './lib_errors';
import { isPyException, TypeError as PyTypeError } from './exceptions';
import { FormatHooks } from './format_hooks';
import { formatInt, formatFloat, formatStr } from './format_spec';
import { floatToInt, intToFloat, asInt } from './int_ops';

/** format(value, spec) (PyObject_Format): fast paths for int, float, str, else __format__. */
export function formatObject(v: PyObject, spec: string): string {
  switch (typeof v) {
    case 'string':
      return spec === '' ? v : formatStr(v, spec);
    case 'number':
    case 'bigint':
      return spec === '' ? (typeof v === 'number' ? String(v) : str(v)) : formatInt(v, spec);
    case 'boolean':
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v, spec);
    default:
      if (v instanceof PyFloat && v.ob_type === (PyFloat.prototype as PyFloat).ob_type) return formatFloat(v.value, spec);
  }
  const f = lookupSpecial(v, '__format__');
  if (f === undefined) return raise('TypeError', `Type ${typeOf(v).tpName} doesn't define __format__`);
  const r = callObject(f, [spec], null);
  if (typeof r !== 'string') raise('TypeError', `__format__ must return a str, not ${typeOf(r).tpName}`);
  return r;
}

/** FormatHooks over the real object model. */
export const runtimeFormatHooks: FormatHooks = {
  repr,
  str,
  format: formatObject,
  getattr: getAttr,
  getitem: getItem,
  typeName: (o) => typeOf(o).name,
  isMapping: (o) => !(o instanceof PyTuple) && typeof o !== 'string' && typeOf(o) !== strType && typeOf(o).slots.mp_subscript !== undefined,
  index: (o) => {
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return asInt(o);
    const f = typeOf(o).slots.nb_index;
    return f === undefined ? null : f(o);
  },
  toInt: (o) => {
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return asInt(o);
    if (o instanceof PyFloat) return floatToInt(o.value);
    const s = typeOf(o).slots;
    if (s.nb_int !== undefined) return s.nb_int(o);
    if (s.nb_index !== undefined) return s.nb_index(o);
    return null;
  },
  isTypeError: (e) => isPyException(e) && typeOf(e).isSubtypeOf(PyTypeError),
  toFloat: (o) => {
    if (o instanceof PyFloat) return o.value;
    if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return intToFloat(o);
    const s = typeOf(o).slots;
    if (s.nb_float !== undefined) return s.nb_float(o);
    if (s.nb_index !== undefined) return intToFloat(s.nb_index(o));
    return null;
  },
};
void isTrue;
