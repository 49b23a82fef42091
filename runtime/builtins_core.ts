// The builtins module's functions (Python/bltinmodule.c) and the iterator types it exposes
// (enumerate, zip, map, filter, reversed, callable_iterator), plus the type objects and
// exception classes every program finds in builtins.
//
// Each function is registered with addBuiltin (runtime/function.ts) and implemented over
// the generic operations of runtime/ops.ts, so user classes participate through their
// special methods (key functions and __lt__ run through the current backend).

import { exhaustedStopIteration } from './generator';
import { PyObject, PyBase, PyTuple, PyFloat, PyComplex, PyBytes, None, Ellipsis, NotImplemented } from './object';
import { pyHash } from './exact_hash';
import { KwArgs, PyType, Py_LT, Py_GT, BinarySlot } from './type';
import * as T from './types';
import { typeOf, isInstance, makeBuiltinType, objectType, setSlots, setBuiltinType } from './types';
import { setBuiltinFixedArity, addBuiltin, addBuiltinObject, builtinsRegistry, idOf, PyBuiltinFunction, checkArgs, addMethod } from './function';
import { finishSubtypeInstance } from './class';
import {
  repr, str, hashOf, isTrue, getIter, iterNext, forEach, toArray, len as opLen, binaryOp, absolute,
  richCompareBool, index as opIndex, compareStrings, hasIndex, nextNotImplemented,
} from './ops';
import { getAttr, getAttrOpt, setAttr, delAttr, lookupSpecial } from './attr';
import { callObject } from './call';
import { PyList, PyListIter, PyRange, listIteratorType, tupleIteratorType } from './containers';
import { PyDict } from './dict';
import { PyException, isPyException, AttributeError, StopIteration, EOFError, SystemExit, BUILTIN_EXCEPTIONS, newException, TypeError } from './exceptions';
import { currentInterp } from './interp';
import { raise } from './lib_errors';
import { parseArgs, asIndex, argCount } from './lib_args';
import * as I from './int_ops';
import * as F from './float_ops';
import { asciiEscape } from './format_hooks';
import { formatObject } from './format_runtime';
import { cpLen, PyStrSub } from './str_methods';
import { PyByteArray } from './bytes_methods';
import './lib_type_calls';
import { PyTextStream, textForStream, hasSurrogate } from './sys';

// ---- helpers ----------------------------------------------------------------------------------

function typeErr(msg: string): never {
  return raise('TypeError', msg);
}

// The list iterator class and types as constants of this module (an import is a mutable
// exports field to V8: see ops.ts FloatK). containers.ts is fully loaded before this module.
const ListIterK = PyListIter;
const listIterTypeK = listIteratorType;
const tupleIterTypeK = tupleIteratorType;

/** A builtin iterator type whose instances are JS objects with a `next()` method. */
abstract class LibIter extends PyBase {
  abstract next(): PyObject | undefined;
}

function iterType(name: string, cls: { prototype: object }): PyType {
  const t = makeBuiltinType(name, objectType, { baseType: true });
  setBuiltinType(cls, t);
  setSlots(t, { tp_iter: (v) => v, tp_iternext: (v) => (v as LibIter).next() });
  return t;
}

/** An iterator's tp_iternext, checked as PyIter_Check is (a deleted __next__ is none). */
function iterNextSlot(it: PyObject): (it: PyObject) => PyObject | undefined {
  const f = typeOf(it).slots.tp_iternext;
  if (f === undefined || f === nextNotImplemented) typeErr(`'${typeOf(it).tpName}' object is not an iterator`);
  return f!;
}

function nextFn(it: PyObject): () => PyObject | undefined {
  const f = iterNextSlot(it);
  return () => f(it);
}

// ---- iterator types -----------------------------------------------------------------------------

class PyEnumerate extends LibIter {
  /** The underlying iterator and its tp_iternext (called directly, not through a closure). */
  private readonly it: PyObject;
  private readonly nx: (it: PyObject) => PyObject | undefined;
  constructor(it: PyObject, public count: I.PyInt) {
    super();
    this.it = it;
    this.nx = iterNextSlot(it);
  }
  /** enumerate.__reduce__: (type, (iterator, next count)). */
  reduce(): PyObject {
    return new PyTuple([typeOf(this), new PyTuple([this.it, this.count])]);
  }
  next(): PyObject | undefined {
    // A list's or tuple's own iterator read in place (nqueens' `enumerate(placement)`): what its
    // tp_iternext (containers.ts listIterNext) does, without the call.
    const it = this.it;
    let x: PyObject | undefined;
    if (it instanceof ListIterK && (it.ob_type === listIterTypeK || it.ob_type === tupleIterTypeK)) {
      const seq = it.seq;
      if (seq === null) return undefined;
      if (it.index < seq.items.length) x = seq.items[it.index++];
      else {
        it.seq = null;
        return undefined;
      }
    } else {
      x = this.nx(it);
      if (x === undefined) return undefined;
    }
    const i = this.count;
    this.count = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : I.intAdd(i, 1);
    return new PyTuple([i, x]);
  }
}
export const enumerateType = iterType('enumerate', PyEnumerate);
setSlots(enumerateType, {
  // Its own next (iterType's shared `(v as LibIter).next()` is a polymorphic call site).
  tp_iternext: (v) => (v as PyEnumerate).next(),
  tp_new: (t, args, kwargs) => {
    // enumerate(xs): no argument parsing.
    if (kwargs === null || kwargs.size === 0) {
      if (args.length === 1) return finishSubtypeInstance(new PyEnumerate(getIter(args[0]), 0), t);
      if (args.length === 0) typeErr("enumerate() missing required argument 'iterable'");
    }
    const [it, start] = parseArgs({ fname: 'enumerate', names: ['iterable', 'start'], required: 1 }, args, kwargs);
    let s: I.PyInt = 0;
    if (start !== undefined) {
      if (!hasIndex(start)) typeErr(`'${typeOf(start).tpName}' object cannot be interpreted as an integer`);
      s = I.asInt(opIndex(start));
    }
    return finishSubtypeInstance(new PyEnumerate(getIter(it!), s), t);
  },
});
addMethod(enumerateType, '__reduce__', (v) => (v as PyEnumerate).reduce(), { minArgs: 0, maxArgs: 0 });
// Ellipsis and NotImplemented pickle and copy as their names (CPython's ellipsis_reduce and
// notimplemented_reduce return 'Ellipsis' / 'NotImplemented': a global of builtins), where
// object's __reduce_ex__ refused them ("cannot pickle 'ellipsis' object": typing's
// Tuple[int, ...] and Callable[..., int] could not be copied or pickled).
addMethod(T.ellipsisType, '__reduce__', () => 'Ellipsis', { minArgs: 0, maxArgs: 0 });
addMethod(T.notImplementedType, '__reduce__', () => 'NotImplemented', { minArgs: 0, maxArgs: 0 });

class PyZip extends LibIter {
  /**
   * The iterators and their tp_iternext (called directly, not through closures). No "done"
   * flag: as CPython's zip_next, every call starts again from the first iterator, so a longer
   * first iterator gives up one more item per call after the shortest one is exhausted.
   */
  constructor(
    readonly its: PyObject[],
    private readonly nxs: ((it: PyObject) => PyObject | undefined)[],
    public strict: boolean,
  ) {
    super();
  }
  next(): PyObject | undefined {
    const its = this.its, nxs = this.nxs;
    const n = its.length;
    if (n === 2) {
      // zip(a, b): the pair as an array literal (pushed one by one, a 2-item tuple's array got
      // a backing store of 17), and the general loop's strict checks for two iterators.
      const x0 = nxs[0](its[0]);
      if (x0 === undefined) {
        if (this.strict && nxs[1](its[1]) !== undefined) typeErrValue('zip() argument 2 is longer than argument 1');
        return undefined;
      }
      const x1 = nxs[1](its[1]);
      if (x1 !== undefined) return new PyTuple([x0, x1]);
      if (this.strict) typeErrValue('zip() argument 2 is shorter than argument 1');
      return undefined;
    }
    if (n === 0) return undefined;
    const out: PyObject[] = [];
    for (let i = 0; i < n; i++) {
      const x = nxs[i](its[i]);
      if (x === undefined) {
        if (this.strict) {
          if (i > 0) typeErrValue(`zip() argument ${i + 1} is shorter than argument${i > 1 ? 's' : ''} 1${i > 1 ? `-${i}` : ''}`);
          for (let k = 1; k < n; k++) {
            if (nxs[k](its[k]) !== undefined) {
              typeErrValue(`zip() argument ${k + 1} is longer than argument${k > 1 ? 's' : ''} 1${k > 1 ? `-${k}` : ''}`);
            }
          }
        }
        return undefined;
      }
      out.push(x);
    }
    return new PyTuple(out);
  }
}
function typeErrValue(msg: string): never {
  return raise('ValueError', msg);
}
export const zipType = iterType('zip', PyZip);
setSlots(zipType, {
  // Its own next (iterType's shared `(v as LibIter).next()` is a polymorphic call site).
  tp_iternext: (v) => (v as PyZip).next(),
  tp_new: (t, args, kwargs) => {
    let strict = false;
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k !== 'strict') typeErr(`'${k}' is an invalid keyword argument for zip()`);
        strict = isTrue(v);
      }
    }
    const its: PyObject[] = [];
    const nxs: ((it: PyObject) => PyObject | undefined)[] = [];
    for (const a of args) {
      const it = getIter(a);
      its.push(it);
      nxs.push(iterNextSlot(it));
    }
    return finishSubtypeInstance(new PyZip(its, nxs, strict), t);
  },
});
// zip.__reduce__ / __setstate__: (type, iterators) and, for zip(..., strict=True), the flag as state.
addMethod(zipType, '__reduce__', (v) => {
  const z = v as PyZip;
  const call = [typeOf(z), new PyTuple(z.its.slice())];
  return new PyTuple(z.strict ? [...call, true] : call);
}, { minArgs: 0, maxArgs: 0 });
addMethod(zipType, '__setstate__', (v, args) => {
  (v as PyZip).strict = isTrue(args[0]);
  return None;
}, { minArgs: 1, maxArgs: 1 });

class PyMap extends LibIter {
  /** The iterators and their tp_iternext (called directly, not through closures), as zip's. */
  constructor(
    readonly func: PyObject,
    readonly its: PyObject[],
    private readonly nxs: ((it: PyObject) => PyObject | undefined)[],
  ) {
    super();
  }
  next(): PyObject | undefined {
    const its = this.its, nxs = this.nxs;
    const n = its.length;
    if (n === 1) {
      const x = nxs[0](its[0]);
      return x === undefined ? undefined : callObject(this.func, [x], null);
    }
    const args: PyObject[] = [];
    for (let i = 0; i < n; i++) {
      const x = nxs[i](its[i]);
      if (x === undefined) return undefined;
      args.push(x);
    }
    return callObject(this.func, args, null);
  }
}
export const mapType = iterType('map', PyMap);
setSlots(mapType, {
  // Its own next (iterType's shared `(v as LibIter).next()` is a polymorphic call site).
  tp_iternext: (v) => (v as PyMap).next(),
  tp_new: (t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) typeErr('map() takes no keyword arguments');
    if (args.length < 2) typeErr('map() must have at least two arguments.');
    const its: PyObject[] = [];
    const nxs: ((it: PyObject) => PyObject | undefined)[] = [];
    for (let i = 1; i < args.length; i++) {
      const it = getIter(args[i]);
      its.push(it);
      nxs.push(iterNextSlot(it));
    }
    return finishSubtypeInstance(new PyMap(args[0], its, nxs), t);
  },
});
addMethod(mapType, '__reduce__', (v) => {
  const m = v as PyMap;
  return new PyTuple([typeOf(m), new PyTuple([m.func, ...m.its])]);
}, { minArgs: 0, maxArgs: 0 });

class PyFilter extends LibIter {
  constructor(readonly func: PyObject, readonly it: PyObject, private readonly nx: () => PyObject | undefined) {
    super();
  }
  next(): PyObject | undefined {
    for (;;) {
      const x = this.nx();
      if (x === undefined) return undefined;
      const keep = this.func === None || this.func === T.boolType ? isTrue(x) : isTrue(callObject(this.func, [x], null));
      if (keep) return x;
    }
  }
}
export const filterType = iterType('filter', PyFilter);
setSlots(filterType, {
  tp_new: (t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) typeErr('filter() takes no keyword arguments');
    argCount('filter', args, 2, 2);
    const it = getIter(args[1]);
    return finishSubtypeInstance(new PyFilter(args[0], it, nextFn(it)), t);
  },
});
addMethod(filterType, '__reduce__', (v) => {
  const f = v as PyFilter;
  return new PyTuple([typeOf(f), new PyTuple([f.func, f.it])]);
}, { minArgs: 0, maxArgs: 0 });

class PyReversed extends LibIter {
  i: number;
  /** The sequence; null once exhausted (CPython's reversed_next clears it then). */
  seq: PyObject | null;
  constructor(seq: PyObject, n: number) {
    super();
    this.seq = seq;
    this.i = n - 1;
  }
  next(): PyObject | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    if (this.i >= 0) {
      const f = typeOf(s).slots.mp_subscript!;
      try {
        return f(s, this.i--);
      } catch (e) {
        if (!(isPyException(e) && (typeOf(e).tpName === 'IndexError' || typeOf(e).tpName === 'StopIteration'))) throw e;
      }
    }
    this.i = -1;
    this.seq = null;
    return undefined;
  }
}
export const reversedType = iterType('reversed', PyReversed);
setSlots(reversedType, {
  tp_new: (t, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) typeErr('reversed() takes no keyword arguments');
    argCount('reversed', args, 1, 1);
    const seq = args[0];
    const rev = lookupSpecial(seq, '__reversed__');
    if (rev !== undefined) {
      if (rev === None) typeErr(`'${typeOf(seq).tpName}' object is not reversible`);
      return callObject(rev, [], null);
    }
    const s = typeOf(seq).slots;
    if (s.mp_subscript === undefined || seq instanceof PyDict) typeErr(`'${typeOf(seq).tpName}' object is not reversible`);
    if (s.sq_length === undefined) typeErr(`object of type '${typeOf(seq).tpName}' has no len()`);
    return finishSubtypeInstance(new PyReversed(seq, opLen(seq)), t);
  },
});
// reversed's __length_hint__ (reversed_len: the items left, asking len(seq) again), __reduce__
// and __setstate__ (the position, clamped to the sequence), as CPython's.
addMethod(reversedType, '__length_hint__', (v) => {
  const r = v as PyReversed;
  if (r.seq === null) return 0;
  const n = opLen(r.seq);
  return n < r.i + 1 ? 0 : r.i + 1;
}, { minArgs: 0, maxArgs: 0 });
addMethod(reversedType, '__reduce__', (v) => {
  const r = v as PyReversed;
  if (r.seq === null) return new PyTuple([typeOf(r), new PyTuple([new PyTuple([])])]);
  return new PyTuple([typeOf(r), new PyTuple([r.seq]), r.i]);
}, { minArgs: 0, maxArgs: 0 });
addMethod(reversedType, '__setstate__', (v, args) => {
  const r = v as PyReversed;
  const i = asIndex(args[0]);
  if (r.seq !== null) r.i = Math.min(Math.max(i, -1), opLen(r.seq) - 1);
  return None;
}, { minArgs: 1, maxArgs: 1 });

class PyCallIter extends LibIter {
  private done = false;
  constructor(private readonly func: PyObject, private readonly sentinel: PyObject) {
    super();
  }
  next(): PyObject | undefined {
    if (this.done) return undefined;
    let v: PyObject;
    try {
      v = callObject(this.func, [], null);
    } catch (e) {
      if (isPyException(e) && isInstance(e, StopIteration)) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
    if (richCompareBool(v, this.sentinel, 2)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}
iterType('callable_iterator', PyCallIter);

// ---- type objects and constants -----------------------------------------------------------------

const TYPES: [string, PyType][] = [
  ['object', T.objectType], ['type', T.typeType], ['int', T.intType], ['bool', T.boolType], ['float', T.floatType],
  ['complex', T.complexType], ['str', T.strType], ['bytes', T.bytesType], ['bytearray', T.bytearrayType],
  ['list', T.listType], ['tuple', T.tupleType], ['dict', T.dictType], ['set', T.setType], ['frozenset', T.frozensetType],
  ['range', T.rangeType], ['slice', T.sliceType], ['property', T.propertyType], ['staticmethod', T.staticmethodType],
  ['classmethod', T.classmethodType], ['super', T.superType], ['enumerate', enumerateType], ['zip', zipType],
  ['map', mapType], ['filter', filterType], ['reversed', reversedType],
];
for (const [name, t] of TYPES) addBuiltinObject(name, t);
for (const e of BUILTIN_EXCEPTIONS) addBuiltinObject(e.name, e);
addBuiltinObject('Ellipsis', Ellipsis);
addBuiltinObject('NotImplemented', NotImplemented);
addBuiltinObject('None', None);
addBuiltinObject('True', true);
addBuiltinObject('False', false);
addBuiltinObject('__debug__', true);
addBuiltinObject('EnvironmentError', builtinsRegistry.get('OSError') ?? None);
addBuiltinObject('IOError', builtinsRegistry.get('OSError') ?? None);

// ---- output and input ---------------------------------------------------------------------------

addBuiltin('print', (args, kwargs) => {
  let sep = ' ', end = '\n';
  let file: PyObject = None;
  let flush = false;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      switch (k) {
        case 'sep':
          if (v !== None && typeof v !== 'string') typeErr(`sep must be None or a string, not ${typeOf(v).tpName}`);
          if (v !== None) sep = v as string;
          break;
        case 'end':
          if (v !== None && typeof v !== 'string') typeErr(`end must be None or a string, not ${typeOf(v).tpName}`);
          if (v !== None) end = v as string;
          break;
        case 'file': file = v; break;
        case 'flush': flush = isTrue(v); break;
        default: typeErr(`'${k}' is an invalid keyword argument for print()`);
      }
    }
  }
  const pieces: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (i > 0) pieces.push(sep);
    const a = args[i];
    pieces.push(typeof a === 'string' ? a : str(a));
  }
  pieces.push(end);
  const interp = currentInterp();
  let target: PyObject = file;
  if (target === None) {
    const out = interp.sys.__dict__.getStr('stdout');
    target = out === undefined ? None : out;
  }
  if (target === None || (target instanceof PyTextStream && target.stream !== 'stdin')) {
    const stream = target === None ? 'stdout' : (target as PyTextStream).stream as 'stdout' | 'stderr';
    const text = pieces.join('');
    if (hasSurrogate(text)) {
      // CPython writes the pieces one by one, so those before a piece that cannot be
      // encoded are written before its UnicodeEncodeError.
      for (const p of pieces) interp.write(stream, textForStream(stream, p));
    } else {
      interp.write(stream, text);
    }
    if (flush && stream === 'stdout') interp.flush();
    return None;
  }
  // Another object: write() each piece separately (CPython's PyFile_WriteObject calls).
  const write = getAttr(target, 'write');
  for (const p of pieces) if (p !== '') callObject(write, [p], null);
  if (flush) {
    const f = getAttrOpt(target, 'flush');
    if (f !== undefined) callObject(f, [], null);
  }
  return None;
});

addBuiltin('input', (args) => {
  argCount('input', args, 0, 1);
  const interp = currentInterp();
  if (args.length === 1) {
    interp.write('stdout', str(args[0]));
    interp.flush();
  }
  const line = interp.readLine();
  if (line === null) throw newException(EOFError, 'EOF when reading a line');
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}, { noKwargs: true });

// ---- numbers ------------------------------------------------------------------------------------

setBuiltinFixedArity(addBuiltin('abs', (args) => absolute(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: absolute });

/** divmod(a, b) (PyNumber_Divmod): nb_divmod with the reflected rule. */
function divmod(v: PyObject, w: PyObject): PyObject {
  const tv = typeOf(v), tw = typeOf(w);
  const sv = tv.slots.nb_divmod as BinarySlot | undefined;
  let sw = tw !== tv ? (tw.slots.nb_divmod as BinarySlot | undefined) : undefined;
  if (sw === sv) sw = undefined;
  if (sv !== undefined) {
    if (sw !== undefined && tw.isSubtypeOf(tv)) {
      const r = sw(v, w);
      if (r !== NotImplemented) return r;
      sw = undefined;
    }
    const r = sv(v, w);
    if (r !== NotImplemented) return r;
  }
  if (sw !== undefined) {
    const r = sw(v, w);
    if (r !== NotImplemented) return r;
  }
  return typeErr(`unsupported operand type(s) for divmod(): '${tv.tpName}' and '${tw.tpName}'`);
}
setBuiltinFixedArity(addBuiltin('divmod', (args) => { argCount('divmod', args, 2, 2); return divmod(args[0], args[1]); }, { noKwargs: true }), { f2: divmod });

/** An int, or an int subclass's value (for the base: only when its class does not define __pow__). */
function plainIntValue(v: PyObject, base: boolean): I.PyIntLike | undefined {
  if (I.isPyInt(v)) return v;
  if (!(v instanceof I.PyIntSub)) return undefined;
  return !base || typeOf(v).lookup('__pow__') === T.intType.dict.get('__pow__') ? v.value : undefined;
}

addBuiltin('pow', (args, kwargs) => {
  // pow(x, y): the ** operator, without argument parsing.
  if (kwargs === null && args.length === 2) return binaryOp(8, args[0], args[1]);
  const [base, exp, mod] = parseArgs({ fname: 'pow', names: ['base', 'exp', 'mod'], required: 2 }, args, kwargs);
  if (mod === undefined || mod === None) return binaryOp(8, base!, exp!);
  if (I.isPyInt(base!) && I.isPyInt(exp!) && I.isPyInt(mod)) return I.intPowMod(base, exp, mod);
  // long_pow takes int subclasses as ints (PyLong_Check) when the base's type keeps int's **:
  // a base whose class defines __pow__ goes to it below; exp's __rpow__ is never used here.
  const b = plainIntValue(base!, true), e = plainIntValue(exp!, false), m = plainIntValue(mod, false);
  if (b !== undefined && e !== undefined && m !== undefined) return I.intPowMod(b, e, m);
  const r = lookupSpecial(base!, '__pow__');
  if (r !== undefined && !I.isPyInt(base!) && !(base instanceof PyFloat)) {
    const out = callObject(r, [exp!, mod], null);
    if (out !== NotImplemented) return out;
  }
  return typeErr('pow() 3rd argument not allowed unless all arguments are integers');
});

addBuiltin('round', (args, kwargs) => {
  // round(x) / round(x, n) of an exact float or a safe int: what float.__round__ and
  // int.__round__ compute, without argument parsing, the special-method lookup and the
  // call of the bound method (round(v) was 2.4x CPython's time, mostly that path).
  if (kwargs === null && (args.length === 1 || (args.length === 2 && typeof args[1] === 'number'))) {
    const x = args[0];
    if (x instanceof PyFloat && x.ob_type === T.floatType) {
      return args.length === 1 ? F.floatRoundToInt(x.value) : new PyFloat(F.floatRound(x.value, args[1] as number));
    }
    if (typeof x === 'number') return args.length === 1 ? x : F.intRound(x, args[1] as number);
  }
  const [number, ndigits] = parseArgs({ fname: 'round', names: ['number', 'ndigits'], required: 1 }, args, kwargs);
  const f = lookupSpecial(number!, '__round__');
  if (f === undefined) typeErr(`type ${typeOf(number!).tpName} doesn't define __round__ method`);
  return callObject(f!, ndigits === undefined || ndigits === None ? [] : [ndigits], null);
});

function baseString(args: PyObject[], base: 2 | 8 | 16, prefix: string): string {
  const v = args[0];
  if (!hasIndex(v)) typeErr(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  return I.intToBase(opIndex(v), base, prefix);
}
addBuiltin('bin', (args) => baseString(args, 2, '0b'), { minArgs: 1, maxArgs: 1 });
addBuiltin('oct', (args) => baseString(args, 8, '0o'), { minArgs: 1, maxArgs: 1 });
addBuiltin('hex', (args) => baseString(args, 16, '0x'), { minArgs: 1, maxArgs: 1 });

function chr(v: PyObject): string {
  if (!hasIndex(v)) typeErr(`'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
  const i = opIndex(v);
  if (typeof i === 'bigint') raise('OverflowError', 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i as number);
}
setBuiltinFixedArity(addBuiltin('chr', (args) => chr(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: chr });

function ord(v: PyObject): number {
  if (typeof v === 'string') {
    // One UTF-16 unit is one code point (a lone surrogate too): no length scan (wordcount's
    // ord(ch) per character).
    if (v.length === 1) return v.charCodeAt(0);
    return ordOfStr(v);
  }
  // A str subclass's value, and bytes or bytearray (or a subclass of either), as CPython's
  // ord (PyUnicode_Check, PyBytes_Check, PyByteArray_Check).
  if (v instanceof PyStrSub) return ordOfStr(v.value);
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    if (v.bytes.length !== 1) typeErr(`ord() expected a character, but string of length ${v.bytes.length} found`);
    return v.bytes[0];
  }
  return typeErr(`ord() expected string of length 1, but ${typeOf(v).tpName} found`);
}
setBuiltinFixedArity(addBuiltin('ord', (args) => ord(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: ord });

function ordOfStr(v: string): number {
  const n = cpLen(v);
  if (n !== 1) typeErr(`ord() expected a character, but string of length ${n} found`);
  return v.codePointAt(0)!;
}

// ---- reductions over iterables -------------------------------------------------------------------

/** One step of sum(): acc + x with the int and float fast paths of builtin_sum. */
function sumStep(acc: PyObject, x: PyObject): PyObject {
  if (typeof acc === 'number' && typeof x === 'number') {
    const r = acc + x;
    return Number.isSafeInteger(r) ? r : I.intAdd(acc, x);
  }
  // Exact floats only (PyFloat_CheckExact, as CPython's sum): a subclass's __add__/__radd__
  // must run (sum([1.5, F(2.0)]) with F.__radd__ was 3.5, CPython F.__radd__'s result).
  if (acc instanceof PyFloat && x instanceof PyFloat && acc.ob_type === T.floatType && x.ob_type === T.floatType) {
    return new PyFloat(acc.value + x.value);
  }
  return binaryOp(0, acc, x);
}

addBuiltin('sum', (args, kwargs) => {
  let iterable: PyObject | undefined, startArg: PyObject | undefined;
  // sum(xs) / sum(xs, start) without argument parsing.
  if ((kwargs === null || kwargs.size === 0) && (args.length === 1 || args.length === 2)) {
    iterable = args[0];
    startArg = args[1];
  } else {
    [iterable, startArg] = parseArgs({ fname: 'sum', names: ['iterable', 'start'], required: 1, posOnly: 1 }, args, kwargs);
  }
  let acc: PyObject = startArg === undefined ? 0 : startArg;
  // PyUnicode_Check, PyBytes_Check, PyByteArray_Check: subclasses too.
  if (typeof acc === 'string' || acc instanceof PyStrSub) typeErr("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) typeErr("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc instanceof PyByteArray) typeErr("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = iterable!;
  if ((it instanceof PyList && typeOf(it) === T.listType) || (it instanceof PyTuple && typeOf(it) === T.tupleType)) {
    // An exact list or tuple: index its items (re-reading the length, as iteration would,
    // in case an __add__ mutates the list).
    for (let i = 0; i < it.items.length; i++) acc = sumStep(acc, it.items[i]);
    return acc;
  }
  forEach(it, (x) => {
    acc = sumStep(acc, x);
  });
  return acc;
});

/**
 * x < y (less) or x > y for two exact floats or safe-integer ints (exact as doubles; NaN
 * compares false as in CPython), else undefined: raytrace's `min(c.x, 1.0)` went through
 * richCompareBool's slot dispatch for every pixel channel.
 */
function orderedDoubles(x: PyObject, y: PyObject, less: boolean): boolean | undefined {
  let a: number, b: number;
  if (typeof x === 'number') a = x;
  else if (x instanceof PyFloat && x.ob_type === T.floatType) a = x.value;
  else return undefined;
  if (typeof y === 'number') b = y;
  else if (y instanceof PyFloat && y.ob_type === T.floatType) b = y.value;
  else return undefined;
  return less ? a < b : a > b;
}

function minmax(name: 'min' | 'max', args: PyObject[], kwargs: KwArgs): PyObject {
  if (args.length === 2 && kwargs === null) {
    const r = orderedDoubles(args[1], args[0], name === 'min');
    if (r !== undefined) return r ? args[1] : args[0];
  }
  let key: PyObject = None;
  let dflt: PyObject | undefined;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (args.length === 0) typeErr(`${name} expected at least 1 argument, got 0`);
  let items: PyObject[];
  if (args.length === 1) {
    items = toArray(args[0]);
  } else {
    if (dflt !== undefined) typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    return raise('ValueError', `${name}() arg is an empty sequence`);
  }
  const op = name === 'min' ? Py_LT : Py_GT;
  let best = items[0];
  let bestKey = key === None ? best : callObject(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : callObject(key, [x], null);
    if (richCompareBool(k, bestKey, op)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}
// min(a, b) / max(a, b): minmax's two-argument case (the second replaces the first only when
// strictly less / greater, as CPython's min_max).
setBuiltinFixedArity(addBuiltin('min', (args, kwargs) => minmax('min', args, kwargs)), {
  f2: (a, b) => {
    const r = orderedDoubles(b, a, true);
    if (r !== undefined) return r ? b : a;
    return richCompareBool(b, a, Py_LT) ? b : a;
  },
});
setBuiltinFixedArity(addBuiltin('max', (args, kwargs) => minmax('max', args, kwargs)), {
  f2: (a, b) => {
    const r = orderedDoubles(b, a, false);
    if (r !== undefined) return r ? b : a;
    return richCompareBool(b, a, Py_GT) ? b : a;
  },
});

addBuiltin('any', (args) => {
  let r = false;
  forEach(args[0], (x) => {
    if (isTrue(x)) { r = true; return true; }
    return false;
  });
  return r;
}, { minArgs: 1, maxArgs: 1 });
addBuiltin('all', (args) => {
  let r = true;
  forEach(args[0], (x) => {
    if (!isTrue(x)) { r = false; return true; }
    return false;
  });
  return r;
}, { minArgs: 1, maxArgs: 1 });

/**
 * Sorts in place as list.sort does: stable, using only `<` (V8's Array.prototype.sort is
 * a port of CPython's timsort that only tests `compare(a, b) < 0`, so feeding it lt(a, b)
 * gives CPython's result and comparison sequence). Keys are computed once, first.
 */
export function sortList(list: PyList, key: PyObject, reverse: boolean): void {
  const items = list.items;
  // CPython empties the list while sorting, to detect mutation: an item added shows in
  // `during`, or in the array that replaced it (clear(), del L[:] then an assignment); a clear()
  // of the still-empty list is no change, as CPython's (its item array stays NULL).
  const during: PyObject[] = [];
  list.items = during;
  let ok = false;
  try {
    if (key === None && sortPrimitives(items, reverse)) {
      ok = true;
      return;
    }
    if (key === None) {
      if (reverse) items.reverse();
      if (!sortByPackedKeys(items, items)) items.sort(ltComparator);
    } else {
      // The keys first, in the list's order (CPython calls key before reversing).
      const n = items.length;
      const got = computeKeys(items, key, n, !reverse);
      if (!(got instanceof Array) && sortByFlatKeys(got, items)) {
        ok = true;
        return;
      }
      const keys = got instanceof Array ? got : flatKeysAsTuples(got);
      if (reverse) {
        keys.reverse();
        items.reverse();
      }
      if (!sortByPackedKeys(keys, items)) {
        const pairs = items.map((x, i) => ({ k: keys[i], v: x }));
        pairs.sort(keyComparator(pairs));
        for (let i = 0; i < pairs.length; i++) items[i] = pairs[i].v;
      }
    }
    if (reverse) items.reverse();
    ok = true;
  } finally {
    const mutated = during.length !== 0 || (list.items !== during && list.items.length !== 0);
    list.items = items;
    if (ok && mutated) raise('ValueError', 'list modified during sort');
  }
}

/**
 * Sorts `vals` stably by `keys` (same length; `keys` may be `vals` itself) without a comparator
 * callback, when every key is a safe-integer int or every key is an exact tuple of the same
 * length holding only such ints, and the keys' ranges allow packing: each key becomes one
 * double, its components in mixed radix (component j offset by its minimum, times the product
 * of the later components' ranges), times n, plus the key's index. Distinct keys then order
 * as `<` orders them (ints; same-length int tuples compare lexicographically, as
 * tuplerichcompare does), and equal keys by index, which is the stable order CPython's sort
 * gives; the numeric sort of a Float64Array replaces n log n comparator calls (sorting's
 * `sorted(data, key=lambda v: (v % 10, -v))`). False (nothing done) otherwise.
 */
function sortByPackedKeys(keys: PyObject[], vals: PyObject[]): boolean {
  const n = keys.length;
  if (n < 2) return false;
  const k0 = keys[0];
  let width: number; // components per key; 0: bare ints
  if (typeof k0 === 'number') width = 0;
  else if (k0 instanceof PyTuple && k0.ob_type === T.tupleType && k0.items.length > 0 && k0.items.length <= PACK_MAX_WIDTH) {
    width = k0.items.length;
  } else return false;
  // The keys as rows of numbers (a bare int is a row of one), then sortByFlatKeys.
  const comps = width === 0 ? 1 : width;
  const flat = new Float64Array(n * comps);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (width === 0) {
      if (typeof k !== 'number') return false;
      flat[i] = k;
    } else if (!(k instanceof PyTuple) || k.ob_type !== T.tupleType || k.items.length !== width || !storeRow(flat, i * width, k.items)) {
      return false;
    }
  }
  return sortByFlatKeys({ flat, width: comps }, vals);
}

/**
 * Sort keys that are all exact tuples of one width (1..PACK_MAX_WIDTH) of safe-integer ints,
 * held as their numbers: row i of `flat` is key i's items. computeKeys keeps such keys this
 * way so that the tuples the key function returns die young: kept in an array while the other
 * keys are computed, each tuple and its item array were copied by V8's scavenger and promoted
 * (sorting's `sorted(data, key=lambda v: (v % 10, -v))`, 43,000 tuples).
 */
interface FlatKeys {
  flat: Float64Array;
  width: number;
}

/**
 * The keys of `items` (key called once per item, in order), as FlatKeys when `allowFlat` and
 * every key is an exact tuple of safe ints of the first key's width, else as an array of the
 * key objects. A key that does not fit turns the rows before it back into tuples (equal tuples
 * of the same ints: a sort only compares them, and comparing ints runs no Python code).
 */
function computeKeys(items: PyObject[], key: PyObject, n: number, allowFlat: boolean): PyObject[] | FlatKeys {
  const keys = new Array<PyObject>(n);
  let flat: Float64Array | null = null;
  let width = 0;
  for (let i = 0; i < n; i++) {
    const k = callObject(key, [items[i]], null);
    if (i === 0 && allowFlat && n >= 2 && k instanceof PyTuple && k.ob_type === T.tupleType && k.items.length > 0 && k.items.length <= PACK_MAX_WIDTH) {
      width = k.items.length;
      flat = new Float64Array(n * width);
    }
    if (flat !== null) {
      if (k instanceof PyTuple && k.ob_type === T.tupleType && k.items.length === width && storeRow(flat, i * width, k.items)) continue;
      for (let r = 0; r < i; r++) keys[r] = flatRowTuple(flat, r * width, width);
      flat = null;
    }
    keys[i] = k;
  }
  return flat !== null ? { flat, width } : keys;
}

/** Writes a tuple's items at flat[off...] when each is a safe-integer int; false otherwise. */
function storeRow(flat: Float64Array, off: number, its: PyObject[]): boolean {
  for (let j = 0; j < its.length; j++) {
    const x = its[j];
    if (typeof x !== 'number') return false;
    flat[off + j] = x;
  }
  return true;
}

function flatRowTuple(flat: Float64Array, off: number, width: number): PyTuple {
  const its = new Array<PyObject>(width);
  for (let j = 0; j < width; j++) its[j] = flat[off + j];
  return new PyTuple(its);
}

function flatKeysAsTuples(fk: FlatKeys): PyObject[] {
  const n = fk.flat.length / fk.width;
  const keys = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) keys[i] = flatRowTuple(fk.flat, i * fk.width, fk.width);
  return keys;
}

/**
 * The mixed-radix packing sortByPackedKeys describes, on keys held as rows of numbers (its
 * own keys are turned into rows first); false (nothing done) when the ranges do not fit in 52
 * bits.
 */
function sortByFlatKeys(fk: FlatKeys, vals: PyObject[]): boolean {
  const { flat, width } = fk;
  const n = vals.length;
  const mins = new Array<number>(width).fill(Infinity);
  const maxs = new Array<number>(width).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) {
      const x = flat[i * width + j];
      if (x < mins[j]) mins[j] = x;
      if (x > maxs[j]) maxs[j] = x;
    }
  }
  // The largest packed value is (product of the ranges) * n - 1: kept under 2**52, so that
  // every step below (and this estimate, rounded) is exact integer arithmetic on doubles.
  const ranges = new Array<number>(width);
  let span = n;
  for (let j = 0; j < width; j++) {
    ranges[j] = maxs[j] - mins[j] + 1;
    span *= ranges[j];
    if (!(span <= PACK_LIMIT)) return false;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let p = 0;
    for (let j = 0; j < width; j++) p = p * ranges[j] + (flat[i * width + j] - mins[j]);
    packed[i] = p * n + i;
  }
  packed.sort();
  const orig = vals.slice();
  for (let i = 0; i < n; i++) vals[i] = orig[packed[i] % n];
  return true;
}

/** Longest tuple key sortByPackedKeys packs (wider keys rarely fit in 52 bits anyway). */
const PACK_MAX_WIDTH = 4;
/** 2**52: see sortByPackedKeys. */
const PACK_LIMIT = 4503599627370496;

/**
 * Sorts a list of only ints (JS numbers) or only strs without a comparator callback, in
 * place; false (nothing done) for any other content. Equal ints or strs cannot be told
 * apart, so stability and `reverse`'s stable order do not matter and the result is
 * CPython's. Ints sort as a Float64Array (exact: they are safe integers); strs by V8's
 * default order (UTF-16 units), which is code point order unless a surrogate is involved.
 */
function sortPrimitives(items: PyObject[], reverse: boolean): boolean {
  const n = items.length;
  if (n < 2) return n === 0 || typeof items[0] === 'number' || typeof items[0] === 'string';
  if (typeof items[0] === 'number') {
    if (n <= SMALL_INT_SORT) {
      for (let i = 0; i < n; i++) if (typeof items[i] !== 'number') return false;
      insertionSort(items as number[]);
      if (reverse) items.reverse();
      return true;
    }
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = items[i];
      if (typeof x !== 'number') return false;
      a[i] = x;
    }
    a.sort();
    if (reverse) for (let i = 0; i < n; i++) items[i] = a[n - 1 - i];
    else for (let i = 0; i < n; i++) items[i] = a[i];
    return true;
  }
  if (typeof items[0] === 'string') {
    for (let i = 0; i < n; i++) {
      const x = items[i];
      if (typeof x !== 'string') return false;
      for (let k = 0; k < x.length; k++) if (x.charCodeAt(k) >= 0xd800) return false;
    }
    // JS's < on strs is the default sort's order (UTF-16 units; no surrogates here).
    if (n <= SMALL_STR_SORT) insertionSort(items as string[]);
    else (items as string[]).sort();
    if (reverse) items.reverse();
    return true;
  }
  return false;
}

/**
 * Up to these lengths sortPrimitives sorts by insertion in the list's own array: the
 * Float64Array's allocation (an ArrayBuffer) and Array.prototype.sort's set-up cost more
 * than the n*n/4 moves (JS, random safe ints: 10 items 60 ns vs 200, 32 items 370 vs
 * 1,020, 128 items 5,200 vs 3,800; strs: 16 items 620 vs 910, 32 equal, 64 7,800 vs 5,200).
 * 32 keeps an already reversed list (n*n/2 moves) under the typed array's time.
 */
const SMALL_INT_SORT = 32;
const SMALL_STR_SORT = 16;

/** Ascending insertion sort of safe ints or surrogate-free strs (stable; exact with <). */
function insertionSort<T extends number | string>(a: T[]): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * The comparator for sort(key=...)'s (key, value) pairs, chosen once from the keys' kinds
 * (as CPython's pre-sort scan picks unsafe_long/unsafe_latin/unsafe_tuple_compare): all
 * safe-integer ints, all strs, or all exact tuples skip ltComparator's tests of the other
 * kinds on every comparison (wordcount's `key=lambda kv: (-kv[1], kv[0])`). The results are
 * ltComparator's: a tuple pair that tupleLtFast cannot decide still goes the generic way.
 */
function keyComparator(pairs: { k: PyObject; v: PyObject }[]): (a: { k: PyObject }, b: { k: PyObject }) => number {
  const n = pairs.length;
  let ints = true, strs = true, tuples = true;
  for (let i = 0; i < n && (ints || strs || tuples); i++) {
    const k = pairs[i].k;
    if (typeof k !== 'number') ints = false;
    if (typeof k !== 'string') strs = false;
    if (!(k instanceof PyTuple && k.ob_type === T.tupleType)) tuples = false;
  }
  if (ints) return (a, b) => ((a.k as number) < (b.k as number) ? -1 : 0);
  if (strs) return (a, b) => (compareStrings(a.k as string, b.k as string, Py_LT) ? -1 : 0);
  if (tuples) {
    return (a, b) => {
      const r = tupleLtFast((a.k as PyTuple).items, (b.k as PyTuple).items);
      if (r !== undefined) return r ? -1 : 0;
      return richCompareBool(a.k, b.k, Py_LT) ? -1 : 0;
    };
  }
  return (a, b) => ltComparator(a.k, b.k);
}

function ltComparator(a: PyObject, b: PyObject): number {
  // Fast paths with the exact semantics of the slots they bypass (exact types only).
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b, Py_LT) ? -1 : 0;
  if (a instanceof PyFloat && b instanceof PyFloat && typeOf(a) === T.floatType && typeOf(b) === T.floatType) return a.value < b.value ? -1 : 0;
  if (a instanceof PyTuple && b instanceof PyTuple && typeOf(a) === T.tupleType && typeOf(b) === T.tupleType) {
    const r = tupleLtFast(a.items, b.items);
    if (r !== undefined) return r ? -1 : 0;
  }
  return richCompareBool(a, b, Py_LT) ? -1 : 0;
}

/**
 * a < b for two exact tuples (sort keys such as `(-count, word)`) when every item that
 * decides is an int (JS number) or a str; undefined when another item type is reached
 * (the caller then runs the generic tuple comparison). Same rule as tuplerichcompare:
 * the first unequal pair decides, else the shorter tuple is smaller.
 */
function tupleLtFast(a: PyObject[], b: PyObject[]): boolean | undefined {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue; // identical ints or equal strs: equal
    if (typeof x === 'number' && typeof y === 'number') return x < y;
    if (typeof x === 'string' && typeof y === 'string') return compareStrings(x, y, Py_LT);
    return undefined;
  }
  return a.length < b.length;
}

addBuiltin('sorted', (args, kwargs) => {
  if (args.length !== 1) {
    if (args.length === 0) typeErr('sorted expected 1 argument, got 0');
    typeErr(`sorted expected 1 argument, got ${args.length}`);
  }
  let key: PyObject = None, reverse = false;
  if (kwargs !== null) {
    if (kwargs.size > 2) typeErr(`sort() takes at most 2 keyword arguments (${kwargs.size} given)`);
    for (const [k, v] of kwargs) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = isTrue(v);
      else typeErr(`'${k}' is an invalid keyword argument for sort()`);
    }
  }
  const l = new PyList(toArray(args[0]));
  sortList(l, key, reverse);
  return l;
});

// ---- iteration ----------------------------------------------------------------------------------

setBuiltinFixedArity(addBuiltin('iter', (args) => {
  argCount('iter', args, 1, 2);
  if (args.length === 1) return getIter(args[0]);
  if (typeOf(args[0]).slots.tp_call === undefined && !(args[0] instanceof PyBuiltinFunction)) typeErr('iter(v, w): v must be callable');
  return new PyCallIter(args[0], args[1]);
}, { noKwargs: true }), { f1: getIter });

setBuiltinFixedArity(addBuiltin('next', (args) => {
  argCount('next', args, 1, 2);
  return next(args[0], args.length === 2 ? args[1] : undefined);
}, { noKwargs: true }), { f1: (it) => next(it, undefined), f2: next });

/** next(it) (dflt undefined) and next(it, dflt). */
function next(it: PyObject, dflt: PyObject | undefined): PyObject {
  // The check written out (not iterNextSlot): next() is called from hot loops.
  const f = typeOf(it).slots.tp_iternext;
  if (f === undefined || f === nextNotImplemented) typeErr(`'${typeOf(it).tpName}' object is not an iterator`);
  const x = f!(it);
  if (x !== undefined) return x;
  if (dflt !== undefined) return dflt;
  // A generator that has just returned carries its return value (StopIteration.value).
  throw exhaustedStopIteration(it);
}

// len and isinstance check their arguments inline rather than through addBuiltin's spec
// wrapper (one closure call and checkArgs less per call: they are the hottest builtins).
const LEN_SPEC = { minArgs: 1, maxArgs: 1 };
setBuiltinFixedArity(addBuiltin('len', (args, kwargs) => {
  if (args.length !== 1 || (kwargs !== null && kwargs.size > 0)) checkArgs('len', args, kwargs, LEN_SPEC);
  const v = args[0];
  return typeof v === 'string' ? cpLen(v) : lenOf(v);
}), { f1: (v) => (typeof v === 'string' ? cpLen(v) : lenOf(v)) });

/**
 * len(v) of a non-str: PyObject_Size, exact past 2**53 for a range (the sq_length slot gives a
 * JS number, which rounded len(range(2**60)) to 1152921504606847000; one comparison of the
 * result on the common path).
 */
function lenOf(v: PyObject): PyObject {
  const n = opLen(v);
  return n <= Number.MAX_SAFE_INTEGER ? n : v instanceof PyRange && v.big !== null ? v.big.length : n;
}

// ---- objects and attributes ----------------------------------------------------------------------

/**
 * isinstance/issubclass against an object that is neither a type nor a tuple: its type's
 * __instancecheck__ / __subclasscheck__ decides (typing's subscripted generics, unions), else
 * CPython's protocol for "abstract" classes, objects with a __bases__ tuple (abstract.c
 * object_isinstance / recursive_issubclass).
 */
function otherClassInfo(cls: PyObject, name: 'isinstance' | 'issubclass', obj: PyObject): boolean {
  const chk = lookupSpecial(cls, name === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
  if (chk !== undefined) return isTrue(callObject(chk, [obj], null));
  if (name === 'issubclass') return abstractIsSubclassCheck(obj, cls);
  if (abstractBases(cls) === undefined) typeErr('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOpt(obj, '__class__');
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** x.__bases__ when it is a tuple (abstract_get_bases); an AttributeError counts as none. */
function abstractBases(x: PyObject): PyTuple | undefined {
  const b = getAttrOpt(x, '__bases__');
  return b instanceof PyTuple ? b : undefined;
}

/** recursive_issubclass: issubclass's protocol once no __subclasscheck__ answered. */
function abstractIsSubclassCheck(derived: PyObject, cls: PyObject): boolean {
  if (derived instanceof PyType && cls instanceof PyType) return derived.isSubtypeOf(cls);
  if (abstractBases(derived) === undefined) typeErr('issubclass() arg 1 must be a class');
  if (abstractBases(cls) === undefined) typeErr('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

/**
 * abstract_issubclass: is `cls` reachable from `derived` through __bases__? Single bases are
 * followed in a loop; several recurse, under the recursion limit (a __bases__ that names its
 * own object is a RecursionError, as CPython's).
 */
function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length > 1) break;
    derived = bases.items[0];
  }
  const bases = abstractBases(derived)!.items;
  enterClassInfo(' in __issubclass__');
  try {
    for (let i = 0; i < bases.length; i++) if (abstractIsSubclass(bases[i], cls)) return true;
    return false;
  } finally {
    classInfoDepth--;
  }
}

/** Nesting of class-info tuples and abstract bases, checked as CPython's _Py_EnterRecursiveCall. */
let classInfoDepth = 0;
function enterClassInfo(where: string): void {
  if (++classInfoDepth > currentInterp().recursionLimit) {
    classInfoDepth--;
    raise('RecursionError', `maximum recursion depth exceeded${where}`);
  }
}

/** isinstance(obj, t) for one type (the body of PyObject_IsInstance for a type). */
function isInstanceOf(obj: PyObject, t: PyType, ot: PyType): boolean {
  const meta = typeOf(t);
  if (meta !== T.typeType && meta.isHeapType) {
    const chk = lookupSpecial(t, '__instancecheck__');
    if (chk !== undefined) return isTrue(callObject(chk, [obj], null));
  }
  if (ot.isSubtypeOf(t)) return true;
  // obj.__class__ may differ from its type (proxies); CPython consults it too.
  if (typeof obj === 'object' && (obj as PyBase).__dict__ !== undefined) {
    const c = getAttrOpt(obj, '__class__');
    if (c instanceof PyType && c !== typeOf(obj)) return c.isSubtypeOf(t);
  }
  return false;
}

/** isinstance over a type or a (nested) tuple of types, without a closure per call. */
function isInstanceOfInfo(obj: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    // The exact type first, as PyObject_IsInstance does (before any __instancecheck__):
    // json_codec's isinstance(value, list) / (value, dict) dispatch.
    const ot = typeOf(obj);
    if (ot === cls) return true;
    return isInstanceOf(obj, cls, ot);
  }
  if (cls instanceof PyTuple) return isInstanceOfTuple(obj, cls);
  return otherClassInfo(cls, 'isinstance', obj);
}

function isInstanceOfTuple(obj: PyObject, cls: PyTuple): boolean {
  const items = cls.items;
  enterClassInfo(' in __instancecheck__');
  try {
    for (let i = 0; i < items.length; i++) if (isInstanceOfInfo(obj, items[i])) return true;
    return false;
  } finally {
    classInfoDepth--;
  }
}

const NO_KWARGS_SPEC = { noKwargs: true };
setBuiltinFixedArity(addBuiltin('isinstance', (args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) checkArgs('isinstance', args, kwargs, NO_KWARGS_SPEC);
  if (args.length !== 2) argCount('isinstance', args, 2, 2);
  return isInstanceOfInfo(args[0], args[1]);
}), { f2: isInstanceOfInfo });

/** issubclass(sub, cls) (PyObject_IsSubclass). */
function isSubclassOfInfo(sub: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    const meta = typeOf(cls);
    if (meta !== T.typeType && meta.isHeapType) {
      const chk = lookupSpecial(cls, '__subclasscheck__');
      if (chk !== undefined) return isTrue(callObject(chk, [sub], null));
    }
    if (sub === cls) return true;
    return abstractIsSubclassCheck(sub, cls);
  }
  if (cls instanceof PyTuple) {
    const items = cls.items;
    enterClassInfo(' in __subclasscheck__');
    try {
      for (let i = 0; i < items.length; i++) if (isSubclassOfInfo(sub, items[i])) return true;
      return false;
    } finally {
      classInfoDepth--;
    }
  }
  return otherClassInfo(cls, 'issubclass', sub);
}

addBuiltin('issubclass', (args) => {
  argCount('issubclass', args, 2, 2);
  return isSubclassOfInfo(args[0], args[1]);
}, { noKwargs: true });

function callable(v: PyObject): boolean {
  return typeOf(v).slots.tp_call !== undefined || v instanceof PyBuiltinFunction || v instanceof PyType;
}
setBuiltinFixedArity(addBuiltin('callable', (args) => callable(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: callable });

/** An attribute name argument: a str, or a str subclass instance's value (PyObject_GetAttr's check). */
function attrName(v: PyObject, _fname: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return typeErr(`attribute name must be string, not '${typeOf(v).tpName}'`);
}

function isAttributeError(e: unknown): boolean {
  return isPyException(e) && isInstance(e, AttributeError);
}

setBuiltinFixedArity(addBuiltin('getattr', (args) => {
  argCount('getattr', args, 2, 3);
  const name = attrName(args[1], 'getattr');
  if (args.length === 2) return getAttr(args[0], name);
  try {
    const r = getAttrOpt(args[0], name);
    return r === undefined ? args[2] : r;
  } catch (e) {
    if (isAttributeError(e)) return args[2];
    throw e;
  }
}, { noKwargs: true }), { f2: (v, name) => getAttr(v, attrName(name, 'getattr')) });
addBuiltin('setattr', (args) => {
  argCount('setattr', args, 3, 3);
  setAttr(args[0], attrName(args[1], 'setattr'), args[2]);
  return None;
}, { noKwargs: true });
addBuiltin('delattr', (args) => {
  argCount('delattr', args, 2, 2);
  delAttr(args[0], attrName(args[1], 'delattr'));
  return None;
}, { noKwargs: true });
setBuiltinFixedArity(addBuiltin('hasattr', (args) => {
  argCount('hasattr', args, 2, 2);
  return hasattr(args[0], args[1]);
}, { noKwargs: true }), { f2: hasattr });

function hasattr(v: PyObject, n: PyObject): boolean {
  const name = attrName(n, 'hasattr');
  try {
    return getAttrOpt(v, name) !== undefined;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}

// hash(): exact 64-bit values as CPython's (runtime/exact_hash.ts).
setBuiltinFixedArity(addBuiltin('hash', (args) => pyHash(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: pyHash });

addBuiltin('id', (args) => {
  const v = args[0];
  if (typeof v === 'object') return idOf(v);
  // Primitives have no identity in JS; give equal values equal ids (as CPython's caches often do).
  return 0x7e0000000000 + (Number(I.hashInt(typeof v === 'string' ? hashOf(v) : I.isPyInt(v) ? I.asInt(v) : 0)) & 0xffffff) * 16;
}, { minArgs: 1, maxArgs: 1 });

setBuiltinFixedArity(addBuiltin('repr', (args) => repr(args[0]), { minArgs: 1, maxArgs: 1 }), { f1: repr });
addBuiltin('ascii', (args) => asciiEscape(repr(args[0])), { minArgs: 1, maxArgs: 1 });
addBuiltin('format', (args) => {
  argCount('format', args, 1, 2);
  let spec = args.length > 1 ? args[1] : '';
  // A str subclass is a str (PyUnicode_Check); its text is the spec.
  if (spec instanceof PyStrSub) spec = spec.value;
  if (typeof spec !== 'string') typeErr(`format() argument 2 must be str, not ${typeOf(spec).tpName}`);
  return formatObject(args[0], spec as string);
}, { noKwargs: true });

addBuiltin('vars', (args) => {
  argCount('vars', args, 0, 1);
  if (args.length === 0) return currentInterp().backend.currentLocals();
  const d = getAttrOpt(args[0], '__dict__');
  if (d === undefined) typeErr('vars() argument must have __dict__ attribute');
  return d!;
}, { noKwargs: true });

addBuiltin('dir', (args) => {
  argCount('dir', args, 0, 1);
  if (args.length > 0) return dirOf(args[0]);
  const loc = currentInterp().backend.currentLocals();
  return sortedList(loc instanceof PyDict && loc.ob_type === T.dictType ? loc.keys() : mappingKeys(loc));
}, { noKwargs: true });

/**
 * PyMapping_Keys of anything but an exact dict (dir() of an eval's locals mapping): its keys()
 * method's result as a list ("C.keys() returned a non-iterable (type int)").
 */
function mappingKeys(m: PyObject): PyObject[] {
  const out = callObject(getAttr(m, 'keys'), [], null);
  let it: PyObject;
  try {
    it = getIter(out);
  } catch (e) {
    if (isPyException(e) && isInstance(e, TypeError)) typeErr(`${typeOf(m).tpName}.keys() returned a non-iterable (type ${typeOf(out).tpName})`);
    throw e;
  }
  return toArray(it);
}

/** PyObject_Dir(obj): type(obj).__dir__(obj), sorted (also the candidates of "Did you mean" for an AttributeError). */
export function dirOf(obj: PyObject): PyList {
  const f = lookupSpecial(obj, '__dir__');
  if (f === undefined) typeErr('object does not provide __dir__');
  return sortedList(toArray(callObject(f!, [], null)));
}

function sortedList(names: PyObject[]): PyList {
  const l = new PyList(names);
  sortList(l, None, false);
  return l;
}

addBuiltin('globals', () => currentInterp().backend.currentGlobals(), { minArgs: 0, maxArgs: 0 });
addBuiltin('locals', () => currentInterp().backend.currentLocals(), { minArgs: 0, maxArgs: 0 });

function exitFn(args: PyObject[]): PyObject {
  throw new PyException(SystemExit, args.length === 0 ? [] : [args[0]]);
}
addBuiltin('exit', (args) => exitFn(args), { minArgs: 0, maxArgs: 1 });
addBuiltin('quit', (args) => exitFn(args), { minArgs: 0, maxArgs: 1 });

void asIndex;
void PyTuple;
void newException;
