// Helpers of the register VM's eval loops (regvm/eval.ts and the generated
// regvm/eval_counting.ts) and of RegVM: the per-run counters, operand gathering, the handler
// search, and the exact-type fast paths of BINARY_OP / COMPARE_OP, which mirror the stack VM's
// inline ones (stackvm/eval.ts) so that the two VMs differ only in their instruction sets.

import { PyObject, PyFloat } from '../runtime/object';
import { PyType, CompareOp } from '../runtime/type';
import { floatType, typeOf } from '../runtime/types';
import { binaryOpByOparg, richCompare, compareNumbers } from '../runtime/ops';
import { currentInterp } from '../runtime/interp';
import { RegCode } from '../translator/regcode';
import { regOpcodeTable, OPERAND_KINDS, IS_MOVE } from './opcodes';
import { Reg, RegFrame } from './frame';
import { PyGenerator } from '../runtime/generator';
import { PyException, newException, raiseRecursionError, RuntimeError, StopIteration } from '../runtime/exceptions';
import { None } from '../runtime/object';
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

// Per-opcode register reads/writes by operand kind ('l' lists add their length at run time).
const READS = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'r' || k === 'o').length);
const WRITES = Uint8Array.from(OPERAND_KINDS, (ks) => ks.filter((k) => k === 'w').length);
const LIST_AT = Int8Array.from(OPERAND_KINDS, (ks) => {
  const i = ks.indexOf('l');
  return i < 0 ? -1 : i + 1;
});

export function gather(regs: Reg[], w: Int32Array, at: number, n: number): PyObject[] {
  const out = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) out[i] = regs[w[at + i]] as PyObject;
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
  const li = LIST_AT[op];
  if (li >= 0) {
    // The list operand follows the fixed operands before it; find its count word.
    let p = pc + 1;
    const kinds = OPERAND_KINDS[op];
    for (let k = 0; k < kinds.length; k++) {
      if (kinds[k] === 'l') {
        reads += w[p];
        break;
      }
      p++;
    }
  }
  c.regReads += reads;
  c.regWrites += WRITES[op];
  if (IS_MOVE[op]) c.moves++;
}

export function typeByName(name: string): PyType {
  const t = currentInterp().builtins.getStr(name);
  if (t instanceof PyType) return t;
  throw new Error(`regvm: builtin type ${name} missing`);
}


const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * BINARY_OP with the same exact-type fast paths as the stack VM's loop (small ints, floats,
 * str concatenation), so that the two VMs differ only in their instruction sets; everything
 * else goes to the runtime's binaryOpByOparg.
 */
export function binaryFast(oparg: number, v: PyObject, w: PyObject): PyObject {
  if (typeof v === 'number' && typeof w === 'number') {
    let r: number;
    switch (oparg) {
      case 0:
      case 13:
        r = v + w;
        return r > MAX_SAFE || r < -MAX_SAFE ? binaryOpByOparg(oparg, v, w) : r;
      case 10:
      case 23:
        r = v - w;
        return r > MAX_SAFE || r < -MAX_SAFE ? binaryOpByOparg(oparg, v, w) : r;
      case 5:
      case 18:
        r = v * w;
        return !Number.isSafeInteger(r) || (r === 0 && (v < 0 || w < 0)) ? binaryOpByOparg(oparg, v, w) : r;
      case 6:
      case 19:
        return w > 0 && v >= 0 ? v % w : binaryOpByOparg(oparg, v, w);
      case 2:
      case 15:
        return w > 0 && v >= 0 ? Math.floor(v / w) : binaryOpByOparg(oparg, v, w);
      case 11:
      case 24:
        return w !== 0 ? new PyFloat(v / w) : binaryOpByOparg(oparg, v, w);
      default:
        return binaryOpByOparg(oparg, v, w);
    }
  }
  if (
    (typeof v === 'number' || (v instanceof PyFloat && v.ob_type === floatType)) &&
    (typeof w === 'number' || (w instanceof PyFloat && w.ob_type === floatType)) &&
    (oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23 || oparg === 5 || oparg === 18)
  ) {
    const a = typeof v === 'number' ? v : (v as PyFloat).value;
    const b = typeof w === 'number' ? w : (w as PyFloat).value;
    return new PyFloat(oparg === 0 || oparg === 13 ? a + b : oparg === 10 || oparg === 23 ? a - b : a * b);
  }
  if (v instanceof PyFloat && w instanceof PyFloat && v.ob_type === floatType && w.ob_type === floatType) {
    switch (oparg) {
      case 11:
      case 24:
        return w.value !== 0 ? new PyFloat(v.value / w.value) : binaryOpByOparg(oparg, v, w);
      default:
        return binaryOpByOparg(oparg, v, w);
    }
  }
  if (typeof v === 'string' && typeof w === 'string' && (oparg === 0 || oparg === 13)) return v + w;
  return binaryOpByOparg(oparg, v, w);
}

/** COMPARE_OP with the stack VM's fast paths (small ints, exact floats). */
export function compareFast(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (typeof v === 'number' && typeof w === 'number') return compareNumbers(v, w, op);
  if (v instanceof PyFloat && w instanceof PyFloat && v.ob_type === floatType && w.ob_type === floatType) return compareNumbers(v.value, w.value, op);
  return richCompare(v, w, op);
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
  if (typeOf(exc).isSubtypeOf(StopIteration)) {
    const re = newException(RuntimeError, 'generator raised StopIteration');
    re.cause = exc;
    re.context = exc;
    return re;
  }
  return exc;
}
