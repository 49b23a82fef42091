// Argument parsing for the runtime library's built-in functions and methods (a small
// Argument Clinic): positional and keyword arguments matched to named parameters, with
// CPython 3.11's TypeError messages, and the common conversions (an index, a str, a float).

import { PyObject, PyFloat } from './object';
import { KwArgs, PyType } from './type';
import { addMethod, addCheckedMethod } from './function';
import { raise } from './lib_errors';
import { typeOf } from './types';
import { index as opIndex, indexAsNumber } from './ops';
import { intToFloat, pastSsizeT } from './int_ops';

export interface ParamSpec {
  /** The function's name as CPython prints it in messages ("split", "int"...). */
  fname: string;
  /** Parameter names in order. */
  names: string[];
  /** How many leading parameters are required. */
  required: number;
  /** Parameters before this index are positional-only (no keyword form). */
  posOnly?: number;
  /** Parameters from this index are keyword-only. */
  kwOnlyFrom?: number;
  /**
   * CPython writes this function in Python (random, dataclasses, statistics, functools.wraps
   * ...): an unknown keyword is "f() got an unexpected keyword argument 'k'", as a Python
   * function's call says it. Otherwise it is a C function's, in CPython 3.11 the same for
   * getargs.c and Argument Clinic: "'k' is an invalid keyword argument for f()".
   */
  pythonFunction?: boolean;
}

/**
 * Matches args/kwargs to the parameters; returns one slot per name (undefined = not given).
 * Messages follow CPython's argument-clinic wording.
 */
export function parseArgs(spec: ParamSpec, args: PyObject[], kwargs: KwArgs): (PyObject | undefined)[] {
  const { fname, names, required } = spec;
  const posOnly = spec.posOnly ?? 0;
  const kwOnlyFrom = spec.kwOnlyFrom ?? names.length;
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  if (args.length > kwOnlyFrom) {
    if (kwOnlyFrom === required && kwOnlyFrom === names.length) {
      raise('TypeError', `${fname}() takes exactly ${plural(kwOnlyFrom, 'argument')} (${args.length} given)`);
    }
    if (kwOnlyFrom === 0) raise('TypeError', `${fname}() takes no positional arguments`);
    raise('TypeError', `${fname}() takes at most ${plural(kwOnlyFrom, 'argument')} (${args.length} given)`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0 || i < posOnly) {
        if (spec.pythonFunction === true) raise('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
        raise('TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
      }
      if (out[i] !== undefined) {
        raise('TypeError', `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly && required <= posOnly) {
        raise('TypeError', `${fname}() takes at least ${plural(required, 'positional argument')} (${args.length} given)`);
      }
      if (i < posOnly || kwargs === null || kwargs.size === 0) {
        if (required === names.length && kwOnlyFrom === names.length) {
          raise('TypeError', `${fname}() takes exactly ${plural(required, 'argument')} (${args.length} given)`);
        }
        raise('TypeError', `${fname}() takes at least ${plural(required, 'argument')} (${args.length} given)`);
      }
      raise('TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Rejects keyword arguments: "f() takes no keyword arguments". */
export function noKwargs(fname: string, kwargs: KwArgs): void {
  if (kwargs !== null && kwargs.size > 0) raise('TypeError', `${fname}() takes no keyword arguments`);
}

/** Checks a positional-only argument count (CPython's "expected at most"/"takes exactly" texts). */
export function argCount(fname: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (min === max && n !== min) {
    if (min === 0) raise('TypeError', `${fname}() takes no arguments (${n} given)`);
    if (min === 1) raise('TypeError', `${fname}() takes exactly one argument (${n} given)`);
    raise('TypeError', `${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raise('TypeError', `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) raise('TypeError', `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** A Python int as a JS number (an index), clamped to the safe range (ops.ts indexAsNumber). */
export function asIndex(v: PyObject): number {
  // A function, not a const alias: the runtime's modules import each other in cycles, and an
  // alias taken at load time could capture indexAsNumber before ops.ts has defined it.
  return indexAsNumber(v);
}

/**
 * An argument converted to a C ssize_t (Argument Clinic's `Py_ssize_t`, a size or a width):
 * OverflowError outside 64 bits. Inside them a value past 2**53 is rounded, which only ever
 * asks for more memory than there is (MemoryError, as CPython's for such a size).
 */
export function asSsize(v: PyObject): number {
  const n = asPyInt(v);
  if (typeof n === 'number') return n;
  if (pastSsizeT(n)) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** An argument converted to a C int (Argument Clinic's `int`): OverflowError outside 32 bits. */
export function asCInt(v: PyObject): number {
  const n = asPyInt(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  return n;
}

/** A Python int exactly (number | bigint), through __index__. */
export function asPyInt(v: PyObject): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return opIndex(v);
}

/** Requires a str argument: "<fname>() argument <n> must be str, not <type>". */
export function asStr(v: PyObject, what: string): string {
  if (typeof v === 'string') return v;
  return raise('TypeError', `${what} must be str, not ${typeOf(v).tpName}`);
}

/** PyFloat_AsDouble: a float, an int, or an object with __float__ / __index__. */
export function asDouble(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  const s = typeOf(v).slots;
  if (s.nb_float !== undefined) return s.nb_float(v);
  if (s.nb_index !== undefined) return intToFloat(s.nb_index(v));
  return raise('TypeError', `must be real number, not ${typeOf(v).tpName}`);
}

/**
 * Raises the TypeError of a built-in method called with keywords it does not take or a
 * wrong number of arguments: exact arities print the qualified name ("list.append() takes
 * exactly one argument (0 given)"), ranges the bare name ("pop expected at most 1
 * argument, got 2"), as CPython's METH_O/NOARGS vs PyArg_UnpackTuple methods do.
 */
export function methodArgError(t: PyType, name: string, min: number, max: number, n: number, kwargs: KwArgs): never {
  const qual = `${t.name}.${name}`;
  if (kwargs !== null && kwargs.size > 0) raise('TypeError', `${qual}() takes no keyword arguments`);
  if (min === max && min === 0) raise('TypeError', `${qual}() takes no arguments (${n} given)`);
  if (min === max && min === 1) raise('TypeError', `${qual}() takes exactly one argument (${n} given)`);
  if (min === max) raise('TypeError', `${name} expected ${min} arguments, got ${n}`);
  if (n < min) raise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  return raise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** addMethod with CPython's argument-count messages (methodArgError). */
export function addLibMethod(
  t: PyType,
  name: string,
  impl: (self: PyObject, args: PyObject[], kwargs: KwArgs) => PyObject,
  spec: { minArgs?: number; maxArgs?: number; noKwargs?: boolean } = {},
): void {
  const { minArgs, maxArgs } = spec;
  if (minArgs === undefined && maxArgs === undefined) {
    addMethod(t, name, impl, spec.noKwargs ? { noKwargs: true } : {});
    return;
  }
  const min = minArgs ?? 0, max = maxArgs ?? Infinity;
  // The descriptor tests the counts itself and calls `impl` directly; this wrapper runs
  // (and raises) only for wrong counts or keywords.
  addCheckedMethod(t, name, (self, args, kwargs) => {
    const n = args.length;
    if ((kwargs !== null && kwargs.size > 0) || n < min || n > max) methodArgError(t, name, min, max, n, kwargs);
    return impl(self, args, kwargs);
  }, impl, min, max, true);
}
