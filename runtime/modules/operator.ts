// The operator module: the operators as functions (over the generic operations of
// runtime/ops.ts, so user classes' special methods apply), and itemgetter, attrgetter and
// methodcaller with CPython's reprs.

import { PyObject, PyTuple, PyBase, None, NotImplemented } from '../object';
import { typeOf, dictType, isInstance, strType, listType, tupleType, bytesType, bytearrayType } from '../types';
import { isPyInt } from '../int_ops';
import { lookupSpecial } from '../attr';
import { PyException, TypeError } from '../exceptions';
import { KwArgs, CompareOp } from '../type';
import { makeBuiltinType, objectType, setSlots, setBuiltinType } from '../types';
import {
  binaryOp, inplaceOp, negative, positive, invert, absolute, isTrue, richCompare, contains, getItem, setItem, delItem,
  index as opIndex, forEach, richEq, repr, getIter,
} from '../ops';
import { getAttr } from '../attr';
import { callObject } from '../call';
import { raise } from '../lib_errors';
import { addLibMethod } from '../lib_args';
import { PyList, exactLength } from '../containers';
import { currentInterp } from '../interp';
import { importAbsolute } from '../vmhelpers';
import { defineModule } from './module_util';

/** The getters take their one object positionally, no keywords (CPython's _PyArg_NoKeywords). */
function noKeywords(name: string, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0) raise('TypeError', `${name}() takes no keyword arguments`);
}

/** PySequence_Check: a `__getitem__` on the type, and not a dict. */
function isSequence(v: PyObject): boolean {
  return typeOf(v).lookup('__getitem__') !== undefined && !isInstance(v, dictType);
}

/** iter(seq) for countOf/indexOf: a TypeError is "argument of type 'X' is not iterable" (_PySequence_IterSearch). */
function searchIter(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyException && typeOf(e).isSubtypeOf(TypeError)) raise('TypeError', `argument of type '${typeOf(seq).tpName}' is not iterable`);
    throw e;
  }
}

/** The types with their own sq_concat. */
const SEQ_TYPES = [strType, listType, tupleType, bytesType, bytearrayType];

/**
 * PySequence_Concat / PySequence_InPlaceConcat: `+` (or `+=`) of two sequences; anything else
 * is "'X' object can't be concatenated".
 */
function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  // The built-in sequences concatenate with their own checks (list + tuple's message); other
  // sequences through `+` when both operands are sequences.
  const ownConcat = SEQ_TYPES.some((t) => isInstance(a, t));
  if (!ownConcat && !(isSequence(a) && isSequence(b))) raise('TypeError', `'${typeOf(a).tpName}' object can't be concatenated`);
  return inplace ? inplaceOp(0, a, b) : binaryOp(0, a, b);
}

// BINARY_OP indices (runtime/ops.ts NB_OPS order)
const NB: Record<string, number> = {
  add: 0, and_: 1, floordiv: 2, lshift: 3, matmul: 4, mul: 5, mod: 6, or_: 7, pow: 8, rshift: 9, sub: 10, truediv: 11, xor: 12,
};

class PyItemGetter extends PyBase {
  constructor(public readonly items: PyObject[]) {
    super();
  }
}
class PyAttrGetter extends PyBase {
  constructor(public readonly names: string[]) {
    super();
  }
}
class PyMethodCaller extends PyBase {
  constructor(public readonly name: string, public readonly args: PyObject[], public readonly kwargs: KwArgs) {
    super();
  }
}
const itemgetterType = makeBuiltinType('itemgetter', objectType, { module: 'operator' });
const attrgetterType = makeBuiltinType('attrgetter', objectType, { module: 'operator' });
const methodcallerType = makeBuiltinType('methodcaller', objectType, { module: 'operator' });
setBuiltinType(PyItemGetter, itemgetterType);
setBuiltinType(PyAttrGetter, attrgetterType);
setBuiltinType(PyMethodCaller, methodcallerType);

function dotted(obj: PyObject, name: string): PyObject {
  let v = obj;
  for (const part of name.split('.')) v = getAttr(v, part);
  return v;
}

setSlots(itemgetterType, {
  tp_new: (_t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise('TypeError', 'itemgetter() takes no keyword arguments');
    if (args.length === 0) raise('TypeError', 'itemgetter expected 1 argument, got 0');
    return new PyItemGetter(args);
  },
  tp_call: (self, args, kwargs) => {
    noKeywords('itemgetter', kwargs);
    const g = self as PyItemGetter;
    if (args.length !== 1) raise('TypeError', `itemgetter expected 1 argument, got ${args.length}`);
    if (g.items.length === 1) return getItem(args[0], g.items[0]);
    return new PyTuple(g.items.map((k) => getItem(args[0], k)));
  },
  tp_repr: (self) => `operator.itemgetter(${(self as PyItemGetter).items.map(repr).join(', ')})`,
});
setSlots(attrgetterType, {
  tp_new: (_t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise('TypeError', 'attrgetter() takes no keyword arguments');
    if (args.length === 0) raise('TypeError', 'attrgetter expected 1 argument, got 0');
    for (const a of args) if (typeof a !== 'string') raise('TypeError', 'attribute name must be a string');
    return new PyAttrGetter(args as string[]);
  },
  tp_call: (self, args, kwargs) => {
    noKeywords('attrgetter', kwargs);
    const g = self as PyAttrGetter;
    if (args.length !== 1) raise('TypeError', `attrgetter expected 1 argument, got ${args.length}`);
    if (g.names.length === 1) return dotted(args[0], g.names[0]);
    return new PyTuple(g.names.map((n) => dotted(args[0], n)));
  },
  tp_repr: (self) => `operator.attrgetter(${(self as PyAttrGetter).names.map(repr).join(', ')})`,
});
setSlots(methodcallerType, {
  tp_new: (_t, args, kwargs) => {
    if (args.length === 0) raise('TypeError', 'methodcaller needs at least one argument, the method name');
    if (typeof args[0] !== 'string') raise('TypeError', 'method name must be a string');
    return new PyMethodCaller(args[0] as string, args.slice(1), kwargs);
  },
  tp_call: (self, args, kwargs) => {
    noKeywords('methodcaller', kwargs);
    const m = self as PyMethodCaller;
    if (args.length !== 1) raise('TypeError', `methodcaller expected 1 argument, got ${args.length}`);
    return callObject(getAttr(args[0], m.name), m.args, m.kwargs);
  },
  tp_repr: (self) => {
    const m = self as PyMethodCaller;
    const parts = [repr(m.name), ...m.args.map(repr)];
    if (m.kwargs !== null) for (const [k, v] of m.kwargs) parts.push(`${k}=${repr(v)}`);
    return `operator.methodcaller(${parts.join(', ')})`;
  },
});

// Pickling and copying (CPython's itemgetter_reduce, attrgetter_reduce, methodcaller_reduce).
addLibMethod(itemgetterType, '__reduce__', (self) => new PyTuple([itemgetterType, new PyTuple((self as PyItemGetter).items)]), { minArgs: 0, maxArgs: 0 });
addLibMethod(attrgetterType, '__reduce__', (self) => new PyTuple([attrgetterType, new PyTuple((self as PyAttrGetter).names)]), { minArgs: 0, maxArgs: 0 });
addLibMethod(methodcallerType, '__reduce__', (self) => {
  const m = self as PyMethodCaller;
  if (m.kwargs === null || m.kwargs.size === 0) return new PyTuple([methodcallerType, new PyTuple([m.name, ...m.args])]);
  // Keywords go through functools.partial (the constructor takes them only after the name).
  const partial = getAttr(importAbsolute(currentInterp(), 'functools'), 'partial');
  return new PyTuple([callObject(partial, [methodcallerType, m.name], m.kwargs), new PyTuple(m.args)]);
}, { minArgs: 0, maxArgs: 0 });

/** CPython's operator.__all__. */
const ALL = [
  'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
  'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
  'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
  'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
];

defineModule('operator', (m) => {
  const two = { minArgs: 2, maxArgs: 2 };
  const one = { minArgs: 1, maxArgs: 1 };
  for (const [name, idx] of Object.entries(NB)) {
    m.fn(name, (a) => binaryOp(idx, a[0], a[1]), two);
    const iname = 'i' + (name.endsWith('_') ? name.slice(0, -1) : name);
    m.fn(iname, (a) => inplaceOp(idx, a[0], a[1]), two);
  }
  m.fn('concat', (a) => concat(a[0], a[1], false), two);
  m.fn('iconcat', (a) => concat(a[0], a[1], true), two);
  m.fn('call', (a, kw) => callObject(a[0], a.slice(1), kw), { minArgs: 1, noKwargs: false });
  m.fn('neg', (a) => negative(a[0]), one);
  m.fn('pos', (a) => positive(a[0]), one);
  m.fn('abs', (a) => absolute(a[0]), one);
  m.fn('invert', (a) => invert(a[0]), one);
  m.fn('inv', (a) => invert(a[0]), one);
  m.fn('not_', (a) => !isTrue(a[0]), one);
  m.fn('truth', (a) => isTrue(a[0]), one);
  m.fn('is_', (a) => a[0] === a[1], two);
  m.fn('is_not', (a) => a[0] !== a[1], two);
  const cmps: [string, CompareOp][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];
  for (const [name, op] of cmps) {
    m.fn(name, (a) => richCompare(a[0], a[1], op), two);
  }
  m.fn('contains', (a) => contains(a[0], a[1]), two);
  m.fn('countOf', (a) => {
    let n = 0;
    forEach(searchIter(a[0]), (x) => { if (richEq(x, a[1])) n++; });
    return n;
  }, two);
  m.fn('indexOf', (a) => {
    let i = 0, found = -1;
    forEach(searchIter(a[0]), (x) => {
      if (richEq(x, a[1])) { found = i; return true; }
      i++;
      return false;
    });
    if (found < 0) raise('ValueError', 'sequence.index(x): x not in sequence');
    return found;
  }, two);
  m.fn('getitem', (a) => getItem(a[0], a[1]), two);
  m.fn('setitem', (a) => { setItem(a[0], a[1], a[2]); return None; }, { minArgs: 3, maxArgs: 3 });
  m.fn('delitem', (a) => { delItem(a[0], a[1]); return None; }, two);
  m.fn('index', (a) => opIndex(a[0]), one);
  // PyObject_LengthHint: len() when the type has one (its TypeError falls through), else the
  // type's __length_hint__ (NotImplemented: the default), checked to be an int >= 0.
  m.fn('length_hint', (a) => {
    const obj = a[0];
    const dflt = a.length > 1 ? a[1] : 0;
    if (!isPyInt(dflt)) raise('TypeError', `'${typeOf(dflt).tpName}' object cannot be interpreted as an integer`);
    const t = typeOf(obj);
    if (t.slots.sq_length !== undefined) {
      try {
        return exactLength(obj);
      } catch (e) {
        if (!(e instanceof PyException && typeOf(e).isSubtypeOf(TypeError))) throw e;
      }
    }
    const hint = lookupSpecial(obj, '__length_hint__');
    if (hint === undefined) return dflt;
    let r: PyObject;
    try {
      r = callObject(hint, [], null);
    } catch (e) {
      // A TypeError from __length_hint__ means "no hint" (PyObject_LengthHint).
      if (e instanceof PyException && typeOf(e).isSubtypeOf(TypeError)) return dflt;
      throw e;
    }
    if (r === NotImplemented) return dflt;
    if (!isPyInt(r)) raise('TypeError', `__length_hint__ must be an integer, not ${typeOf(r).tpName}`);
    if (Number(r) < 0) raise('ValueError', '__length_hint__() should return >= 0');
    return typeof r === 'boolean' ? Number(r) : r;
  }, { minArgs: 1, maxArgs: 2 });
  m.set('itemgetter', itemgetterType);
  m.set('attrgetter', attrgetterType);
  m.set('methodcaller', methodcallerType);
  // The dunder names are the same functions (operator.py's `__add__ = add`).
  const d = m.module.__dict__;
  for (const name of ALL) {
    if (name === 'attrgetter' || name === 'itemgetter' || name === 'methodcaller' || name === 'countOf' || name === 'indexOf' || name === 'length_hint' || name === 'is_' || name === 'is_not' || name === 'truth') continue;
    d.setStr(`__${name.replace(/_$/, '')}__`, d.getStr(name)!);
  }
  m.set('__all__', new PyList(ALL));
});
