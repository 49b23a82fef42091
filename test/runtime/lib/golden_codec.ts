// Encoding of Python values in L's golden files (see test/runtime/lib_numbers_gen.py's enc()):
// {"i": hex} int, {"b": bool} bool, {"f": repr} float, {"c": [repr, repr]} complex,
// {"s": str} str, {"t": [...]} tuple, {"l": [...]} list, {"err": "Type: msg"} an exception,
// {"notimpl": true} an unsupported operand combination (CPython's TypeError).
import { PyObject, PyFloat, PyComplex, PyTuple, NotImplemented, PyBase, None } from '../../../runtime/object';
import { floatRepr } from '../../../runtime/float_repr';
import { PyLibError } from '../../../runtime/lib_errors';
import { normBig } from '../../../runtime/int_ops';

export type Enc =
  | { i: string } | { b: boolean } | { f: string } | { c: [string, string] } | { s: string }
  | { t: Enc[] } | { l: Enc[] } | { err: string } | { notimpl: true } | { none: true } | { d: [Enc, Enc][] };

/** Stand-ins for list and dict until the object model's containers exist (tests only). */
export class TestList extends PyBase {
  constructor(public items: PyObject[]) { super(); }
}
export class TestDict extends PyBase {
  constructor(public entries: [PyObject, PyObject][]) { super(); }
}

function parseFloatRepr(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

export function decode(e: Enc): PyObject {
  if ('i' in e) {
    const neg = e.i.startsWith('-');
    const b = BigInt(neg ? e.i.slice(1) : e.i);
    return normBig(neg ? -b : b);
  }
  if ('b' in e) return e.b;
  if ('f' in e) return new PyFloat(parseFloatRepr(e.f));
  if ('c' in e) return new PyComplex(parseFloatRepr(e.c[0]), parseFloatRepr(e.c[1]));
  if ('s' in e) return e.s;
  if ('t' in e) return new PyTuple(e.t.map((x) => decode(x)));
  if ('l' in e) return new TestList(e.l.map((x) => decode(x)));
  if ('none' in e) return None;
  if ('d' in e) return new TestDict(e.d.map(([k, v]) => [decode(k), decode(v)]));
  throw new Error('cannot decode ' + JSON.stringify(e));
}

function hexOf(v: number | bigint): string {
  const neg = v < 0;
  const m = typeof v === 'number' ? Math.abs(v).toString(16) : (neg ? -v : v).toString(16);
  return (neg ? '-0x' : '0x') + m;
}

export function encode(v: unknown): Enc {
  if (typeof v === 'boolean') return { b: v };
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`non-normalised int ${v}`);
    return { i: hexOf(v) };
  }
  if (typeof v === 'bigint') {
    if (v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`non-normalised bigint ${v}`);
    return { i: hexOf(v) };
  }
  if (typeof v === 'string') return { s: v };
  if (v instanceof PyFloat) return { f: floatRepr(v.value) };
  if (v instanceof PyComplex) return { c: [floatRepr(v.real), floatRepr(v.imag)] };
  if (v instanceof PyTuple) return { t: v.items.map(encode) };
  if (v instanceof TestList) return { l: v.items.map(encode) };
  if (v === None) return { none: true };
  if (v === NotImplemented) return { notimpl: true };
  throw new Error('cannot encode ' + String(v));
}

/** Runs f, encoding its result or the Python exception it raised. */
export function capture(f: () => unknown): Enc {
  try {
    return encode(f());
  } catch (e) {
    if (e instanceof PyLibError) return { err: e.toPythonString() };
    throw e;
  }
}

/**
 * Compares outcomes with goldens and the known-failures list: returns the problems
 * (unlisted failures, and listed cases that now pass) so a test can assert it is empty.
 */
export function checkAgainstKnown(
  results: { key: string; got: Enc; want: Enc }[],
  known: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    const ok = JSON.stringify(r.got) === JSON.stringify(r.want);
    if (!ok && !(r.key in known)) problems.push(`FAIL ${r.key}: got ${JSON.stringify(r.got)} want ${JSON.stringify(r.want)}`);
    if (ok && r.key in known) problems.push(`NOW PASSES (remove from known failures): ${r.key}`);
    seen.add(r.key);
  }
  for (const k of Object.keys(known)) if (!seen.has(k)) problems.push(`known failure not among cases: ${k}`);
  return problems;
}
