// Helpers of the register VM's eval loops (regvm/eval.ts and the generated
// regvm/eval_counting.ts) and of RegVM: the per-run counters, operand gathering, the handler
// search, and in-loop generator resumption.

import { PyObject, PyFloat, PyTuple, None } from '../runtime/object';
import { allocInstance, heapSlotsOf, PyInstance } from '../runtime/class';
import { PyFunction, PyBuiltinFunction } from '../runtime/function';
import { callObject } from '../runtime/call';
import { PyType, CompareOp } from '../runtime/type';
import { currentInterp } from '../runtime/interp';
import { RegCode } from '../translator/regcode';
import { AttrCache, loadAttrCached, storeAttrCached } from '../runtime/attrcache';
import { regOpcodeTable, OPERAND_KINDS, IS_MOVE } from './opcodes';
import { Reg, RegFrame } from './frame';
import { PyGenerator, generatorRaised } from '../runtime/generator';
import { PyException, raiseRecursionError, SystemError, NameError, KeyError, IndexError, ZeroDivisionError, TypeError, newException } from '../runtime/exceptions';
import { binaryOpFast, compareOpFast, isTrue, NB_OPS, getItem, setItem } from '../runtime/ops';
import { floatType, typeOf } from '../runtime/types';
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../frontend/code';
import type { Interpreter } from '../runtime/interp';

/** Counters of one run (design.md's "reg" object). */
export class RegCounts {
  instructions = 0;
  byOpcode: Float64Array = new Float64Array(regOpcodeTable.length);
  regReads = 0;
  regWrites = 0;
  moves = 0;
  calls = 0;
  framesPushed = 0;
}

// Per-opcode register reads/writes by operand kind (an 'l' list adds its length to the reads
// at run time, an 'L' list to the writes; no opcode has both).
const READS = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'r' || k === 'o').length);
const WRITES = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'w').length);
const LIST_AT = Int8Array.from(OPERAND_KINDS, (ks) => {
  const i = ks.findIndex((k) => k === 'l' || k === 'L');
  return i < 0 ? -1 : i + 1;
});
const LIST_WRITES = Uint8Array.from(OPERAND_KINDS, (ks) => (ks.includes('L') ? 1 : 0));

/**
 * The items of BUILD_TUPLE / BUILD_LIST / BUILD_SET, built by push from `[]` as the stack VM's
 * BUILD_TUPLE / BUILD_LIST build theirs: PACKED elements (an argVector is HOLEY, and the
 * runtime's reads of a tuple's or list's items then carry a hole test, and see two kinds where
 * the stack VM's lists have one).
 */
export function gather(regs: Reg[], w: Int32Array, at: number, n: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) out.push(regs[w[at + i]] as PyObject);
  return out;
}

/**
 * The new instance of an exception class whose Python __init__ runs as a frame of the loop:
 * BaseException.__new__ with the call's positional arguments (runtime/class.ts allocInstance).
 */
export function allocExceptionInstance(t: PyType, regs: Reg[], w: Int32Array, argStart: number, n: number, kw: number, f: RegFrame): PyObject {
  const npos = kw >= 0 ? n - (f.rc.code.co_consts[kw] as PyTuple).items.length : n;
  return allocInstance(t, gather(regs, w, argStart, npos), 0, npos);
}

/**
 * The errors the loop raises itself (`pending = ...; break dispatch;`, no JS throw: ~0.5-1 us
 * each in V8) where its fast paths already know the outcome, as the stack VM's loop (fb6e324):
 * an exact dict's missing key, an exact list's out-of-range int index, int // or % by zero.
 */
export function missingKeyError(key: PyObject): PyException {
  return new PyException(KeyError, [key]);
}
export function listIndexError(): PyException {
  return newException(IndexError, 'list index out of range');
}
export function intZeroDivisionError(oparg: number): PyException {
  return newException(ZeroDivisionError, oparg === 6 || oparg === 19 ? 'integer modulo by zero' : 'integer division or modulo by zero');
}

/**
 * A new argument array of length n whose elements kind is already the generic one: `new
 * Array(n)` starts with small integers only, and an argument that is a heap number (an int
 * above 2**30) or an object makes V8 transition the array, and the store site that sees
 * several kinds goes generic (wordcount: a third of the loop's time on that store).
 */
export function argVector(n: number): PyObject[] {
  const out = new Array<PyObject>(n);
  if (n > 0) out[0] = None;
  return out;
}

export function findHandler(rc: RegCode, pc: number): number {
  const hs = rc.handlers;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (pc >= h.start && pc < h.end) return i;
  }
  return -1;
}

export function countInstr(c: RegCounts, w: Int32Array, pc: number, op: number): void {
  // A site's first run (its _ADAPTIVE form) only rewrites the site, which then runs as the
  // instruction it became: not counted.
  if (op === R_BINARY_OP_ADAPTIVE || op === R_ATTR_BINARY_OP_ADAPTIVE) return;
  c.instructions++;
  c.byOpcode[op]++;
  let reads = READS[op];
  let writes = WRITES[op];
  const li = LIST_AT[op];
  if (li >= 0) {
    // The operands before the list are one word each: its count word is at pc + li.
    if (LIST_WRITES[op]) writes += w[pc + li];
    else reads += w[pc + li];
  }
  c.regReads += reads;
  c.regWrites += writes;
  if (IS_MOVE[op]) c.moves++;
}

/**
 * The runtime's own types the register VM names (not looked up in builtins, which a program
 * may rebind).
 */
const TYPES_BY_NAME: Readonly<Record<string, PyType>> = { SystemError, NameError };

export function typeByName(name: string): PyType {
  const t = TYPES_BY_NAME[name];
  if (t !== undefined) return t;
  throw new Error(`regvm: builtin type ${name} missing`);
}


/**
 * Resumes a suspended generator INSIDE the running eval loop (FOR_ITER and SEND; the stack VM
 * does the same): what genResume + RegVM.resumeGenerator do before running the frame, without
 * a nested loop. The caller has checked: not running, not finished, and `value` is None for
 * a just-started generator; it links the frame to itself and continues in it.
 */
export function enterGenerator(vm: ExcState, interp: Interpreter, gen: PyGenerator, f: RegFrame, value: PyObject): RegFrame {
  if (++interp.depth > interp.recursionLimit) {
    interp.depth--;
    raiseRecursionError();
  }
  gen.running = true;
  gen.justStarted = false;
  if (f.sendDest >= 0) f.regs[f.sendDest] = value;
  // The generator's own handled exception while it runs (as RegVM.resumeRun).
  f.resumerExc = vm.handled;
  if (gen.excState !== None) vm.handled = gen.excState;
  return f;
}

/** The VM's handled-exception state (RegVM.handled). */
export interface ExcState {
  handled: PyObject;
}

/** A generator resumed by enterGenerator yields or returns: its handled exception is saved. */
export function leaveGenerator(vm: ExcState, gen: PyGenerator, f: RegFrame): void {
  const saved = f.resumerExc as PyObject;
  f.resumerExc = undefined;
  gen.running = false;
  gen.excState = vm.handled === saved ? None : vm.handled;
  vm.handled = saved;
}

/**
 * A generator resumed by enterGenerator raised `exc`: its state as genResume leaves it, and the
 * exception to raise in the resumer (StopIteration becomes RuntimeError, PEP 479).
 */
export function leaveGeneratorRaising(vm: ExcState, gen: PyGenerator, f: RegFrame, exc: PyException): PyException {
  gen.running = false;
  gen.finished = true;
  gen.excState = None;
  vm.handled = f.resumerExc as PyObject;
  f.resumerExc = undefined;
  return generatorRaised(exc, gen);
}

/**
 * A positional-only call of a function with positional parameters only (`simpleArgc` >= 0)
 * that passes fewer arguments than it has parameters, all the missing ones having defaults
 * (`lambda x, i=i: ...`): the arguments and the defaults go straight into the new registers,
 * as bindArguments would put them, without its argument vector. Returns false, having written
 * nothing, for any other call (bindArguments then binds it or raises its TypeError).
 */
export function bindDefaultsFast(func: PyFunction, argc: number, nregs: Reg[], regs: Reg[], w: Int32Array, argStart: number, n: number, lead: Reg): boolean {
  const defaults = func.defaults;
  const nlead = lead !== undefined ? 1 : 0;
  const given = n + nlead;
  if (defaults === null || given >= argc || given < argc - defaults.length) return false;
  if (nlead !== 0) nregs[0] = lead;
  for (let i = 0; i < n; i++) nregs[nlead + i] = regs[w[argStart + i]];
  const firstDefault = argc - defaults.length;
  for (let j = given; j < argc; j++) nregs[j] = defaults[j - firstDefault];
  return true;
}

/**
 * binaryOpFast for GLOBAL_BINARY_OP: a call site of its own outside regvm/eval.ts, so that the
 * eval loop keeps a single call site of binaryOpFast (BINARY_OP's). That was for TurboFan's
 * inlining, which binaryOpFast no longer gets in either loop (563 bytecode bytes, over the 460
 * limit: docs/performance.md, L, session 4); whether calling it directly is as fast is not
 * measured yet.
 */
// ---------------------------------------------------------------------------------------------
// Binary dunders as frames of the loop (BINARY_OP_DUNDER, ATTR_BINARY_OP_DUNDER)

const R_BINARY_OP_ADAPTIVE = regOpcodeTable.findIndex((e) => e.name === 'BINARY_OP_ADAPTIVE');
const R_ATTR_BINARY_OP_ADAPTIVE = regOpcodeTable.findIndex((e) => e.name === 'ATTR_BINARY_OP_ADAPTIVE');

/** A dunder site's cache (RegCode.inline at the site's opcode word, or + 2 for ATTR_BINARY_OP): the class's version and its dunder. */
export class BinDunderCache {
  version = -1;
  fn: PyFunction | null = null;
}

const CO_NOT_PLAIN = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * The Python function that `a <op> b` (BINARY_OP's oparg 0..12, not **) is, when the register
 * loop may run it as a frame: a and b instances of one Python class, whose slot for the operator
 * is the Python-dunder wrapper (runtime/class.ts binaryWrapper) and whose dunder along the MRO is
 * a plain Python function of exactly (self, other) positional parameters, and no sequence
 * fallback (sq_concat, sq_repeat) after NotImplemented. For one class, binary_op1 tries no
 * reflected operand and binaryWrapper calls type(a).<dunder>(a, b) straight away, so the
 * operation is that call, and a NotImplemented result is the TypeError (binaryDunderError).
 * Otherwise null (the generic path). Cached per site by the class's version (which changes with
 * the class's or a base's dict).
 */
export function binaryDunderFor(inl: unknown[], cw: number, oparg: number, a: PyObject, b: PyObject): PyFunction | null {
  if (!(a instanceof PyInstance) || !(b instanceof PyInstance)) return null;
  const t = a.ob_type;
  if (b.ob_type !== t) return null;
  const c = inl[cw] as BinDunderCache | undefined;
  if (c !== undefined && c.version === t.version) return c.fn;
  return binaryDunderFill(inl, cw, oparg, t);
}

function binaryDunderFill(inl: unknown[], cw: number, oparg: number, t: PyType): PyFunction | null {
  let c = inl[cw] as BinDunderCache | undefined;
  if (c === undefined) inl[cw] = c = new BinDunderCache();
  c.version = t.version;
  c.fn = null;
  if (oparg < 0 || oparg >= NB_OPS.length || oparg === 8) return null;
  const info = NB_OPS[oparg];
  const slots = t.slots;
  if (slots.sq_concat !== undefined || slots.sq_repeat !== undefined) return null;
  const fn = t.lookup(info.dunder);
  if (!(fn instanceof PyFunction)) return null;
  // The class along the MRO whose dict holds the dunder: a Python class, whose slot is the
  // wrapper every Python class shares for this operator; the type must dispatch through it.
  const owner = t.mro.find((k) => k.dict.has(info.dunder));
  if (owner === undefined || (slots[info.slot] as unknown) !== (heapSlotsOf(owner)[info.slot] as unknown)) return null;
  const code = fn.code;
  if ((code.co_flags & (CO_NOT_PLAIN | CO_VARARGS | CO_VARKEYWORDS)) !== 0 || code.co_argcount !== 2 || code.co_kwonlyargcount !== 0) return null;
  c.fn = fn;
  return fn;
}

/** The value of `o.name` when it is in an instance's dict (no Python code runs), else undefined. */
export function peekInstanceAttr(o: unknown, name: string): PyObject | undefined {
  if (!(o instanceof PyInstance)) return undefined;
  const d = o.__dict__;
  return d !== undefined ? d.getStr(name) : undefined;
}

/** The TypeError of `a <op> b` whose dunder (binaryDunderFor) returned NotImplemented (runtime/ops.ts unsupported). */
export function binaryDunderError(oparg: number, a: PyObject, b: PyObject): PyException {
  return newException(TypeError, `unsupported operand type(s) for ${NB_OPS[oparg].symbol}: '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
}

export function binaryOpOutOfLine(oparg: number, a: PyObject, b: PyObject): PyObject {
  return binaryOpFast(oparg, a, b);
}

/** SUBSCR_OP2_STORE's subscript off its list fast path (BINARY_SUBSCR's getItem stays its loop's one call site). */
export function subscrOutOfLine(c: PyObject, sub: PyObject): PyObject {
  return getItem(c, sub);
}

/** SUBSCR_OP2_STORE's store (STORE_SUBSCR's setItem stays its loop's one call site). */
export function storeSubscrOutOfLine(c: PyObject, sub: PyObject, v: PyObject): void {
  setItem(c, sub, v);
}

/** ATTR_OP_STORE's lookup off its inline hit (LOAD_ATTR's loadAttrCached stays its loop's one call site). */
export function loadAttrOutOfLine(c: AttrCache, obj: PyObject, name: string): PyObject {
  return loadAttrCached(c, obj, name);
}

/** ATTR_OP_STORE's store off its inline hit (STORE_ATTR's storeAttrCached stays its loop's one call site). */
export function storeAttrOutOfLine(c: AttrCache, obj: PyObject, name: string, v: PyObject): void {
  storeAttrCached(c, obj, name, v);
}

/**
 * ISINSTANCE_GLOBAL's call off its inline exact-type hit: the built-in isinstance's fixed-arity
 * entry (subclasses, tuples of types, __instancecheck__, its TypeError), or, where a program has
 * rebound the global name, whatever the name now holds, called as CALL calls it.
 */
export function isinstanceOutOfLine(fn: PyObject, v: PyObject, t: PyObject): PyObject {
  if (fn instanceof PyBuiltinFunction) return fn.fast2(v, t);
  return callObject(fn, [v, t], null);
}

// Module constants (not reads of an imported module's exports field: see runtime/ops.ts FloatK).
const FloatK: typeof PyFloat = PyFloat;
const floatTypeK: PyType = floatType;

/**
 * One operation of BINARY_OP2's fast path on numbers: `oparg` (+ - * /, in-place forms
 * included) on a, b, where `fl` says whether either operand is a float (else both are ints:
 * safe integers as JS numbers). Sets num2Float to whether the result is a float, and num2Ok to
 * false where binaryOpFast would not give this double (an int result beyond 2**53 or an int
 * -0, a division by zero: the generic path computes those or raises).
 */
function num2Step(oparg: number, a: number, b: number, fl: boolean): number {
  num2Float = fl;
  switch (oparg) {
    case 0:
    case 13: {
      const r = a + b;
      if (!fl && (r > MAX_SAFE_INT || r < -MAX_SAFE_INT)) num2Ok = false;
      return r;
    }
    case 10:
    case 23: {
      const r = a - b;
      if (!fl && (r > MAX_SAFE_INT || r < -MAX_SAFE_INT)) num2Ok = false;
      return r;
    }
    case 5:
    case 18: {
      const r = a * b;
      if (!fl && (!Number.isSafeInteger(r) || (r === 0 && (a < 0 || b < 0)))) num2Ok = false;
      return r;
    }
    default:
      // `/`: int / int is a float too (safe integers are exact doubles: JS division rounds as CPython's).
      num2Float = true;
      if (b === 0) num2Ok = false;
      return a / b;
  }
}
const MAX_SAFE_INT = Number.MAX_SAFE_INTEGER;
let num2Float = false;
let num2Ok = true;

/**
 * BINARY_OP2's fast path: shape 0 (x op1 y) op2 z, shape 1 x op2 (y op1 z), when each operand
 * is an exact float or an int that is a JS number (a safe integer, exact as a double). Each
 * operation is then what binaryOpFast computes (float op int converts the int; exact floats and
 * ints have no in-place methods), in the same order, with at most one object allocated (a float
 * result) instead of two. Undefined when it does not apply: the VM then runs the two operations
 * generically (which compute big ints, or raise ZeroDivisionError, at their own positions).
 */
export function numOp2(x: PyObject, y: PyObject, z: PyObject, op1: number, op2: number, shape: number): PyObject | undefined {
  const ft = floatTypeK;
  let a: number;
  let b: number;
  let c: number;
  let fa = false;
  let fb = false;
  let fc = false;
  if (typeof x === 'number') a = x;
  else if (x instanceof FloatK && x.ob_type === ft) {
    a = x.value;
    fa = true;
  } else return undefined;
  if (typeof y === 'number') b = y;
  else if (y instanceof FloatK && y.ob_type === ft) {
    b = y.value;
    fb = true;
  } else return undefined;
  if (typeof z === 'number') c = z;
  else if (z instanceof FloatK && z.ob_type === ft) {
    c = z.value;
    fc = true;
  } else return undefined;
  num2Ok = true;
  let r: number;
  if (shape === 0) {
    const t = num2Step(op1, a, b, fa || fb);
    r = num2Step(op2, t, c, num2Float || fc);
  } else {
    const t = num2Step(op1, b, c, fb || fc);
    r = num2Step(op2, a, t, fa || num2Float);
  }
  if (!num2Ok) return undefined;
  return num2Float ? new FloatK(r) : r;
}

/**
 * OP_CMP_JUMP's fast path: 1 or 0 for (x op y) cmp z (flags & 1: z cmp (x op y)) on exact floats
 * and small ints, as numOp2's operation and the comparison of the two numbers (a small int is
 * exact as a double, so comparing doubles is CPython's int/float comparison); -1 when it does
 * not apply (the VM then runs the operation and the comparison generically).
 */
export function numOpCompare(x: PyObject, y: PyObject, z: PyObject, op: number, cmp: number, flags: number): number {
  const ft = floatTypeK;
  let a: number;
  let b: number;
  let c: number;
  let fl = false;
  if (typeof x === 'number') a = x;
  else if (x instanceof FloatK && x.ob_type === ft) {
    a = x.value;
    fl = true;
  } else return -1;
  if (typeof y === 'number') b = y;
  else if (y instanceof FloatK && y.ob_type === ft) {
    b = y.value;
    fl = true;
  } else return -1;
  if (typeof z === 'number') c = z;
  else if (z instanceof FloatK && z.ob_type === ft) c = z.value;
  else return -1;
  num2Ok = true;
  const t = num2Step(op, a, b, fl);
  if (!num2Ok) return -1;
  const l = (flags & 1) === 0 ? t : c;
  const r = (flags & 1) === 0 ? c : t;
  switch (cmp) {
    case 0:
      return l < r ? 1 : 0;
    case 1:
      return l <= r ? 1 : 0;
    case 2:
      return l === r ? 1 : 0;
    case 3:
      return l !== r ? 1 : 0;
    case 4:
      return l > r ? 1 : 0;
    case 5:
      return l >= r ? 1 : 0;
    default:
      return -1;
  }
}

/** The truth of a <cmp> b, for OP_CMP_JUMP's generic path (as CMP_JUMP_IF_*: compareOpFast, then isTrue). */
export function compareTruth(a: PyObject, b: PyObject, cmp: number): number {
  const r = compareOpFast(a, b, cmp as CompareOp);
  return (r === true ? true : r === false ? false : isTrue(r)) ? 1 : 0;
}

let leafFloat = false;
let leafOk = true;

/** The double of an exact float or a small int (leafFloat says which); leafOk false for anything else. */
function numLeaf(v: PyObject): number {
  if (typeof v === 'number') {
    leafFloat = false;
    return v;
  }
  if (v instanceof FloatK && v.ob_type === floatTypeK) {
    leafFloat = true;
    return v.value;
  }
  leafOk = false;
  return 0;
}

/**
 * BINARY_OP3's fast path (operands read from the instruction at `at`: BINARY_OP2's, then the
 * third operand and operation): as numOp2, the three operations in their order on exact floats
 * and small ints, one result allocated at most. Undefined when it does not apply.
 */
export function numOp3(w: Int32Array, at: number, regs: Reg[]): PyObject | undefined {
  leafOk = true;
  const a = numLeaf(regs[w[at + 2]] as PyObject);
  const fa = leafFloat;
  const b = numLeaf(regs[w[at + 3]] as PyObject);
  const fb = leafFloat;
  const c = numLeaf(regs[w[at + 4]] as PyObject);
  const fc = leafFloat;
  const d = numLeaf(regs[w[at + 8]] as PyObject);
  const fd = leafFloat;
  if (!leafOk) return undefined;
  num2Ok = true;
  let t: number;
  if (w[at + 7] === 0) {
    const s = num2Step(w[at + 5], a, b, fa || fb);
    t = num2Step(w[at + 6], s, c, num2Float || fc);
  } else {
    const s = num2Step(w[at + 5], b, c, fb || fc);
    t = num2Step(w[at + 6], a, s, fa || num2Float);
  }
  const r = w[at + 10] === 0 ? num2Step(w[at + 9], t, d, num2Float || fd) : num2Step(w[at + 9], d, t, fd || num2Float);
  if (!num2Ok) return undefined;
  return num2Float ? new FloatK(r) : r;
}
