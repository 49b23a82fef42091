// Helpers of the register VM's eval loops (regvm/eval.ts and the generated
// regvm/eval_counting.ts) and of RegVM: the per-run counters, operand gathering, the handler
// search, and in-loop generator resumption.

import { PyObject, None } from '../runtime/object';
import type { PyFunction } from '../runtime/function';
import { PyType } from '../runtime/type';
import { currentInterp } from '../runtime/interp';
import { RegCode } from '../translator/regcode';
import { regOpcodeTable, OPERAND_KINDS, IS_MOVE } from './opcodes';
import { Reg, RegFrame } from './frame';
import { PyGenerator, generatorRaised } from '../runtime/generator';
import { PyException, raiseRecursionError, SystemError, NameError } from '../runtime/exceptions';
import { binaryOpFast } from '../runtime/ops';
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
export function binaryOpOutOfLine(oparg: number, a: PyObject, b: PyObject): PyObject {
  return binaryOpFast(oparg, a, b);
}
