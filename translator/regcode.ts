// The translator's output: register code for one code object, and the intermediate form the
// passes work on before it is encoded.
//
// Register numbering (see regvm/opcodes.ts for the register file):
//   [0, nlocalsplus)                   locals, cells, frees: the stack VM's fast slots, unchanged
//   [nlocalsplus, nlocalsplus+S)       stack slots, S = co_stacksize: depth d -> nlocalsplus + d
//   [.., +nscratch)                    scratch registers (cycle breaking in parallel moves)
//   [.., +nconsts)                     constant registers, preloaded from `template`
//
// Exception handlers use the stack VM's convention on registers: entering a handler with depth
// D writes R[nlocalsplus+D] := lasti (when the entry has lasti) and the exception into the next
// register, then jumps; the translator keeps every stack slot below D in its own register
// inside the protected range, so nothing else has to move.

import { WordsArena } from '../runtime/words_arena';
import { PyObject } from '../runtime/object';
import type { CodeObject } from '../frontend/code';

/** Instruction before encoding. 'j' operands hold a block id until `encode`. */
export interface RInstr {
  op: number;
  args: (number | number[])[];
  /** Index of the stack instruction it came from (for line numbers and the side-by-side view). */
  src: number;
  /** Index into the analysis' handler list, or -1. */
  handler: number;
  /**
   * For a fused call (CALL_ATTR, CALL_GLOBAL): the stack instruction of the lookup it absorbed
   * (LOAD_METHOD, LOAD_GLOBAL). The instruction's first operand word maps to that instruction's
   * offset, so an exception raised by the lookup gets its line and caret range in tracebacks.
   */
  lookupSrc?: number;
  /** For ATTR_BINARY_OP: the second LOAD_ATTR it absorbed (its errors map to the second operand word). */
  lookupSrc2?: number;
  /**
   * For SUBSCR_OP2_STORE: the outer BINARY_OP it absorbed (its errors map to the third operand
   * word); for ISINSTANCE_GLOBAL: the second LOAD_GLOBAL (the type's lookup).
   */
  lookupSrc3?: number;
  /** For SUBSCR2_OP2_STORE: the outer BINARY_OP it absorbed (its errors map to the fourth operand word). */
  lookupSrc4?: number;
}

/** One translated exception-table entry: word indices into `code`. */
export interface RegHandler {
  start: number;
  end: number;
  target: number;
  /** Stack depth at handler entry (registers below it are preserved). */
  depth: number;
  lasti: boolean;
}

export interface PassCounts {
  /** LOAD_FAST / LOAD_CONST / COPY / SWAP / PUSH_NULL turned into operands. */
  copyprop: number;
  /** Results written straight into their STORE_FAST target. */
  sink: number;
  /** Moves removed because their target register is never read. */
  deadmove: number;
  /** COMPARE_OP / IS_OP / CONTAINS_OP fused with the conditional jump that used it. */
  fuse: number;
  /** RESUME, PRECALL, NOP, POP_TOP, KW_NAMES, PUSH_NULL... that became no instruction. */
  bookkeeping: number;
  /** Jumps to jumps retargeted, jumps to the next instruction removed. */
  jumps: number;
  /** LOAD_METHOD + CALL_METHOD fused into CALL_ATTR. */
  callattr: number;
  /** LOAD_GLOBAL + CALL fused into CALL_GLOBAL, and LOAD_GLOBAL x2 + CALL into ISINSTANCE_GLOBAL. */
  callglobal: number;
  /** JUMPs to a RETURN_VALUE replaced by it, and `MOVE Rt, Rx; RETURN_VALUE Rt` by `RETURN_VALUE Rx`. */
  retjump: number;
  /** A loop's JUMP back to its FOR_ITER replaced by FOR_ITER_BACK at the loop's bottom. */
  loopinv: number;
  /** LOAD_ATTR + JUMP_IF_FALSE/TRUE/NONE/NOT_NONE on its (then dead) result fused into ATTR_JUMP. */
  attrjump: number;
  /** LOAD_GLOBAL + the BINARY_OP right after it fused into GLOBAL_BINARY_OP. */
  globalop: number;
  /**
   * Two LOAD_ATTRs + the BINARY_OP of their (then dead) results fused into ATTR_BINARY_OP, and
   * a LOAD_ATTR + BINARY_OP + STORE_ATTR back to the same attribute into ATTR_OP_STORE.
   */
  attrop: number;
  /** Two BINARY_OPs (+ - * /), the first one's result a temporary read only by the second, fused into BINARY_OP2. */
  binop2: number;
}

/**
 * RegCode.inline's entry at the word after a call's opcode, for a call whose dead temporary
 * operands the VM clears: those registers (stack and scratch registers among the call's self
 * and arguments, never locals, constants or the callable), listed at translation so that the
 * call does not decode its operands a second time to find them.
 */
export type DeadTemps = Int32Array;

/** The register loop's words arena (runtime/words_arena.ts): the global `__pyvmRegWords`. */
export const regWordsArena = new WordsArena('__pyvmRegWords');

export interface RegCode {
  code: CodeObject;
  /** The encoded instructions (regvm/opcodes.ts format). */
  words: Int32Array;
  /**
   * The words the register VM runs (RegFrame.words): `words`, with each BINARY_OP and
   * ATTR_BINARY_OP of a binary operator other than ** as its _ADAPTIVE form, which the VM rewrites
   * here on the site's first run (quickening: regvm/eval.ts). The same array as `words` when
   * there is no such site. Everything but the loop reads `words` (same operand layouts).
   */
  exec: Int32Array;
  /**
   * Where `exec` starts in the register VM's words arena (regWordsArena): the loop reads word i
   * of this code at `__pyvmRegWords[wbase + i]`, and a word rewritten after translation (the
   * _ADAPTIVE forms) is written there, the arena's current array (`exec` may be a view of an
   * array the arena has since outgrown).
   */
  wbase: number;
  /** Word index of each instruction, in order. */
  starts: Int32Array;
  /** For each instruction (parallel to `starts`), the stack instruction's byte offset. */
  srcOffset: Int32Array;
  /** For each word index: the stack byte offset of the instruction that contains it. */
  offsetAtWord: Int32Array;
  handlers: RegHandler[];
  nlocalsplus: number;
  /** Total registers per frame. */
  nregs: number;
  /** Initial register file: undefined except the constant registers. Copy it per frame. */
  template: (PyObject | null | undefined)[];
  /** Number of stack instructions and bytes it was made from (CACHE units included in bytes). */
  stackInstructions: number;
  stackBytes: number;
  /** Bytes of the register code in the byte encoding of regvm/opcodes.ts instrBytes. */
  bytes: number;
  passes: PassCounts;
  /**
   * Inline caches of the VM, by word index (e.g. LOAD_GLOBAL's), made at translation. At
   * the word after the opcode of a call (CALL, CALL_METHOD, CALL_ATTR, CALL_GLOBAL) whose stack and
   * scratch operands are all dead after it, the DeadTemps list of those registers
   * (translator/finalize.ts callsKillingTemps): the VM clears them once it has read them.
   */
  inline: unknown[];
  /** First constant register (registers below it start unbound in every frame). */
  constStart: number;
  /**
   * RETURN_VALUE clears registers [0, returnClear) only: the others below constStart are
   * undefined at every return (translator/retclear.ts), so the pooled file equals the template.
   */
  returnClear: number;
  /**
   * The VM's pool of finished frames for this code, reused by calls (their registers cleared):
   * the head of a list linked through RegFrame.nextFree (regvm/vm.ts frameFor / recycle; a list
   * rather than an array, whose push V8 left as a builtin call in the loop), and its length.
   */
  freeFrame: unknown;
  freeCount: number;
  /** The code.derived key it is cached under ('reg:' + the pass set), checked by per-function caches. */
  passKey: string;
  /**
   * The same pass set as a small number (regCacheId), which the VM's call path compares with
   * its own instead of the string (a string comparison is a StringEqual builtin call in V8's code).
   */
  passId: number;
  /**
   * co_argcount when the code takes positional parameters only (no keyword-only parameters, no
   * *args or **kwargs), else -1: a call with exactly that many positional arguments copies them
   * straight into the first registers (one comparison in the VM's call path).
   */
  simpleArgc: number;
}

export const ALL_PASSES = ['copyprop', 'sink', 'deadmove', 'fuse', 'bookkeeping', 'jumps', 'callattr', 'callglobal', 'retjump', 'loopinv', 'attrjump', 'globalop', 'attrop', 'binop2'] as const;
export type PassName = (typeof ALL_PASSES)[number];

export interface PassSet {
  copyprop: boolean;
  sink: boolean;
  deadmove: boolean;
  fuse: boolean;
  bookkeeping: boolean;
  jumps: boolean;
  callattr: boolean;
  callglobal: boolean;
  retjump: boolean;
  loopinv: boolean;
  attrjump: boolean;
  globalop: boolean;
  attrop: boolean;
  binop2: boolean;
}

/**
 * Parse a pass list: undefined / ['all'] = every pass; ['none'] = plain lowering; otherwise the
 * named passes (a leading '-' removes one from all: ['-sink']). Unknown names throw.
 */
export function parsePasses(list: readonly string[] | undefined): PassSet {
  const all: PassSet = {
    copyprop: true, sink: true, deadmove: true, fuse: true, bookkeeping: true, jumps: true,
    callattr: true, callglobal: true, retjump: true, loopinv: true, attrjump: true, globalop: true, attrop: true, binop2: true,
  };
  if (list === undefined || list.length === 0) return all;
  const items = list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 1 && items[0] === 'all') return all;
  const none: PassSet = {
    copyprop: false, sink: false, deadmove: false, fuse: false, bookkeeping: false, jumps: false,
    callattr: false, callglobal: false, retjump: false, loopinv: false, attrjump: false, globalop: false, attrop: false, binop2: false,
  };
  if (items.length === 1 && items[0] === 'none') return none;
  const subtractive = items.every((s) => s.startsWith('-'));
  const out = subtractive ? all : none;
  for (const raw of items) {
    const name = raw.startsWith('-') ? raw.slice(1) : raw;
    if (!(ALL_PASSES as readonly string[]).includes(name)) {
      throw new Error(`unknown translator pass '${name}' (known: ${ALL_PASSES.join(', ')}, all, none)`);
    }
    out[name as PassName] = !subtractive;
  }
  return out;
}

export function passSetKey(p: PassSet): string {
  return ALL_PASSES.filter((n) => p[n]).join(',') || 'none';
}

const internedKeys = new Map<string, string>();

/**
 * The code.derived key of the register code for a pass set. Always the same string object for
 * the same pass set, so that the per-call check in regvm/eval.ts compares pointers, not text.
 */
const internedIds = new Map<string, number>();

/** A number per register cache key (regCacheKey), 1, 2, ... in the order they are first seen. */
export function regCacheId(key: string): number {
  let id = internedIds.get(key);
  if (id === undefined) {
    id = internedIds.size + 1;
    internedIds.set(key, id);
  }
  return id;
}

export function regCacheKey(passes: PassSet): string {
  const k = 'reg:' + passSetKey(passes);
  const s = internedKeys.get(k);
  if (s !== undefined) return s;
  internedKeys.set(k, k);
  return k;
}
