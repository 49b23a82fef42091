// The copy module (copy, deepcopy with a memo and __copy__/__deepcopy__ hooks) and the
// string module's constants and capwords.

import { PyObject, PyTuple, PyBase, PyFrozenSet, None } from '../object';
import { PyType } from '../type';
import { typeOf } from '../types';
import { PyList, PySet, makeFrozenSet } from '../containers';
import { PyDict } from '../dict';
import { getAttr, getAttrOpt, setAttr, lookupSpecial } from '../attr';
import { callObject } from '../call';
import { idOf } from '../function';
import { raise } from '../lib_errors';
import { strSplit, strJoin } from '../str_methods';
import { toArray } from '../ops';
import { slotNames } from '../object_reduce';
import { defineModule, lazyAttributes } from './module_util';

function isAtomic(x: PyObject): boolean {
  if (typeof x !== 'object') return true;
  const t = typeOf(x);
  return !t.isHeapType && !(x instanceof PyList) && !(x instanceof PyDict) && !(x instanceof PySet) && !(x instanceof PyTuple) &&
    t.lookup('__copy__') === undefined && t.lookup('__deepcopy__') === undefined && (x as PyBase).__dict__ === undefined;
}

/**
 * A new instance of x's class with a copy of its __dict__ (copy._reconstruct of what
 * object.__reduce_ex__(4) gives): `cls.__new__(cls, *x.__getnewargs__())` (a namedtuple or
 * another subclass of a built-in type is rebuilt from its value), then the state.
 */
function reconstruct(x: PyObject, deep: ((v: PyObject) => PyObject) | null, memo: Map<number, PyObject> | null): PyObject {
  const t = typeOf(x);
  const newargs = lookupSpecial(x, '__getnewargs__');
  const args = newargs !== undefined ? toArray(callObject(newargs, [], null)) : [];
  const obj = callObject(getAttr(t, '__new__'), [t, ...(deep === null ? args : args.map(deep))], null);
  if (memo !== null) memo.set(idOf(x), obj);
  const src = (x as PyBase).__dict__;
  if (src !== undefined) {
    const dst = (obj as PyBase).__dict__ ?? new PyDict();
    for (const e of src.entries()) dst.set(e.key, deep === null ? e.value : deep(e.value));
    (obj as PyBase).__dict__ = dst;
  }
  // The values of __slots__ (copyreg's slot state: every class of the MRO that declares them).
  for (const name of slotNames(t)) {
    const v = getAttrOpt(x, name);
    if (v !== undefined) setAttr(obj, name, deep === null ? v : deep(v));
  }
  if (x instanceof PyList && obj instanceof PyList) obj.items = x.items.map((v) => (deep === null ? v : deep(v)));
  if (x instanceof PyDict && obj instanceof PyDict) for (const e of x.entries()) obj.set(deep === null ? e.key : deep(e.key), deep === null ? e.value : deep(e.value));
  return obj;
}

function shallowCopy(x: PyObject): PyObject {
  if (isAtomic(x)) return x;
  const cp = lookupSpecial(x, '__copy__');
  if (cp !== undefined) return callObject(cp, [], null);
  const t = typeOf(x);
  if (!t.isHeapType) {
    if (x instanceof PyList) return new PyList(x.items.slice());
    if (x instanceof PyDict) { const d = new PyDict(); for (const e of x.entries()) d.set(e.key, e.value); return d; }
    if (x instanceof PySet) return new PySet(x.keys());
    if (x instanceof PyTuple || x instanceof PyFrozenSet) return x;
    const c = lookupSpecial(x, 'copy');
    if (c !== undefined) return callObject(c, [], null);
    return x;
  }
  return reconstruct(x, null, null);
}

function deepCopy(x: PyObject, memo: Map<number, PyObject>): PyObject {
  if (isAtomic(x)) return x;
  const id = idOf(x);
  const seen = memo.get(id);
  if (seen !== undefined) return seen;
  const dc = lookupSpecial(x, '__deepcopy__');
  if (dc !== undefined) {
    const r = callObject(dc, [new PyDict()], null);
    memo.set(id, r);
    return r;
  }
  const rec = (v: PyObject): PyObject => deepCopy(v, memo);
  const t = typeOf(x);
  if (!t.isHeapType) {
    if (x instanceof PyList) {
      const l = new PyList([]);
      memo.set(id, l);
      l.items = x.items.map(rec);
      return l;
    }
    if (x instanceof PyDict) {
      const d = new PyDict();
      memo.set(id, d);
      for (const e of x.entries()) d.set(rec(e.key), rec(e.value));
      return d;
    }
    if (x instanceof PyTuple) {
      const items = x.items.map(rec);
      const r = items.every((v, i) => v === x.items[i]) ? x : new PyTuple(items);
      memo.set(id, r);
      return r;
    }
    if (x instanceof PySet) {
      const s = new PySet(x.keys().map(rec));
      memo.set(id, s);
      return s;
    }
    if (x instanceof PyFrozenSet) return makeFrozenSet(x.items.map(rec));
    return x;
  }
  return reconstruct(x, rec, memo);
}

defineModule('copy', (m) => {
  m.fn('copy', (args) => shallowCopy(args[0]), { minArgs: 1, maxArgs: 1 });
  m.fn('deepcopy', (args) => deepCopy(args[0], new Map()), { minArgs: 1, maxArgs: 2 });
});

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WS = ' \t\n\r\x0b\x0c';

defineModule('string', (m) => {
  m.set('ascii_lowercase', LOWER);
  m.set('ascii_uppercase', UPPER);
  m.set('ascii_letters', LOWER + UPPER);
  m.set('digits', DIGITS);
  m.set('hexdigits', DIGITS + 'abcdef' + 'ABCDEF');
  m.set('octdigits', '01234567');
  m.set('punctuation', PUNCT);
  m.set('whitespace', WS);
  m.set('printable', DIGITS + LOWER + UPPER + PUNCT + WS);
  m.fn('capwords', (args) => {
    const s = args[0];
    if (typeof s !== 'string') raise('TypeError', 'capwords() argument must be str');
    const sep = args.length > 1 && args[1] !== None ? (args[1] as string) : null;
    const words = strSplit(s as string, sep, -1).map((w) => (w.length === 0 ? w : w[0].toUpperCase() + w.slice(1).toLowerCase()));
    return strJoin(sep === null ? ' ' : sep, new PyList(words));
  }, { minArgs: 1, maxArgs: 2 });
  // PEP 562: Template is Python source (string_template_source.ts), compiled on first use.
  lazyAttributes(m, new Map([['Template', '_string_template'], ['Formatter', '_string']]));
});
