// hash() as CPython computes it: 64-bit values (Py_hash_t), exact.
//
// The runtime's own hashing (ops.ts hashOf, the tp_hash slots) returns JS numbers, which is
// all dicts and sets need: equal objects hash equal, and a double's 53 bits spread keys well
// enough. But a program sees the hash itself through hash(x) and x.__hash__(), and there
// CPython's value is a C long: ints, floats and complex reduce modulo 2**61 - 1 (numericHash)
// and tuples mix their items' hashes with xxHash's primes in 64 bits. Those values pass 2**53,
// so they are computed here with BigInt, off every hot path.
//
// Invariant: pyHash(v) and the __hash__ method of v's built-in type give the same int.

import { PyObject, PyTuple, PyFloat, PyComplex, None } from './object';
import { numericHash } from './numeric';
import type { PyType } from './type';
import * as T from './types';
import { typeOf } from './types';
import { lookupSpecial } from './attr';
import { callObject } from './call';
import { hashOf } from './ops';
import { raiseTypeError, isStackOverflow } from './exceptions';
import * as I from './int_ops';
import { hashNestedTuple, TupleHashScheme } from './deep_tuple_hash';

/**
 * An int, bool, float or complex whose hash is its numeric hash: a float or complex subclass
 * only when it keeps the base type's hash (its tp_hash slot is the inherited one); one
 * defining __hash__ goes the slot way, which calls it.
 */
function isExactNumber(v: PyObject): boolean {
  if (I.isPyInt(v)) return true;
  if (v instanceof PyFloat) return v.ob_type === T.floatType || v.ob_type.slots.tp_hash === T.floatType.slots.tp_hash;
  if (v instanceof PyComplex) return v.ob_type === T.complexType || v.ob_type.slots.tp_hash === T.complexType.slots.tp_hash;
  return false;
}

const XXPRIME_1 = 11400714785074694791n, XXPRIME_2 = 14029467366897019727n, XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** tuplehash (Objects/tupleobject.c's xxHash-based mixing) of `items`, as a signed 64-bit int. */
export function tupleHash(items: readonly PyObject[]): I.PyInt {
  let acc = XXPRIME_5;
  for (const item of items) acc = tupleStep(acc, pyHash(item));
  return tupleEnd(acc, items.length);
}
function tupleStep(acc: bigint, h: I.PyInt): bigint {
  const lane = BigInt.asUintN(64, I.toBig(h));
  acc = (acc + lane * XXPRIME_2) & M64;
  acc = ((acc << 31n) | (acc >> 33n)) & M64;
  return (acc * XXPRIME_1) & M64;
}
function tupleEnd(acc: bigint, n: number): I.PyInt {
  acc = (acc + (BigInt(n) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return I.normBig(BigInt.asIntN(64, acc));
}
const EXACT_TUPLE_SCHEME: TupleHashScheme<bigint, I.PyInt> = { seed: XXPRIME_5, item: (x) => pyHash(x), step: tupleStep, end: tupleEnd };

/** tupleHash of an exact tuple; one nested past the JS stack is walked without recursion. */
function exactTupleHash(v: PyTuple): I.PyInt {
  try {
    return tupleHash(v.items);
  } catch (e) {
    // Every level has this handler: the innermost (where the stack ran out) redoes its subtree.
    if (isStackOverflow(e)) return hashNestedTuple(v, T.tupleType, EXACT_TUPLE_SCHEME);
    throw e;
  }
}

/** hash(v): PyObject_Hash, the value as CPython's. */
export function pyHash(v: PyObject): I.PyInt {
  if (isExactNumber(v)) return numericHash(v)!;
  if (v instanceof PyTuple && typeOf(v) === T.tupleType) return exactTupleHash(v);
  const t = typeOf(v);
  if (t.isHeapType) {
    // slot_tp_hash: __hash__'s int, reduced as hash(int) when it does not fit a machine word.
    const attr = t.lookup('__hash__');
    if (attr === None) raiseTypeError(`unhashable type: '${t.tpName}'`);
    const f = lookupSpecial(v, '__hash__');
    if (f !== undefined) {
      let r = callObject(f, [], null);
      // An int subclass instance counts as its int (PyLong_Check), read, not hashed again.
      if (r instanceof I.PyIntSub) r = r.value;
      if (!I.isPyInt(r)) raiseTypeError('__hash__ method should return an integer');
      const b = I.toBig(r);
      if (b >= -(1n << 63n) && b < 1n << 63n) return b === -1n ? -2 : I.normBig(b);
      return I.hashInt(b);
    }
  }
  return hashOf(v);
}

/**
 * The __hash__ method of built-in type `t` (whose tp_hash slot is `slot`) on `v`: the exact
 * value for the types whose hashes pass 2**53 (numbers and tuples, subclass instances
 * included: int.__hash__(True), tuple.__hash__(a namedtuple)), the slot's for the others.
 */
export function builtinTypeHash(t: PyType, slot: (v: PyObject) => number, v: PyObject): I.PyInt {
  if (t === T.intType || t === T.boolType || t === T.floatType || t === T.complexType) {
    const h = numericHash(v);
    if (h !== null) return h;
  }
  if (t === T.tupleType && v instanceof PyTuple) return exactTupleHash(v);
  return slot(v);
}
