// The stack VM's frame (CPython 3.11's _PyInterpreterFrame) and the pre-decoded form of a
// code object.
//
// Pre-decoding (once per code object, cached in code.derived): co_code is split into two
// typed arrays indexed by CODE UNIT (so pc, the exception table and the line table all use
// CPython's own offsets): `ops[u]` the opcode and `args[u]` the full oparg with EXTENDED_ARG
// prefixes folded in. For relative jumps, `args[u]` is the ABSOLUTE target unit instead, so
// a jump is one assignment. CACHE units keep op 0 and are never executed (handlers skip
// their instruction's cache entries).
//
// A frame keeps locals and the value stack in ONE array, as CPython's localsplus:
// slots [0, nlocalsplus) are the fast locals/cells/frees, the value stack grows from
// nlocalsplus up; `sp` is the index of the next free slot.

import { WordsArena } from '../runtime/words_arena';
import { CodeObject, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from '../frontend/code';
import { CACHE_ENTRIES, EXTENDED_ARG, HASJREL, HASJBACK, stackPops, stackPushes, OPINFO, Op } from '../frontend/opcode';

const RESUME = Op.RESUME;
import { decodeExceptionTable, ExceptionTableEntry } from '../frontend/exceptiontable';
import { addr2line } from '../frontend/linetable';
import type { PyObject } from '../runtime/object';
import type { PyDict } from '../runtime/dict';
import type { PyFunction } from '../runtime/function';
import type { PyGenerator } from '../runtime/generator';
import { GlobalCache } from '../runtime/vmhelpers';
import { AttrCache } from '../runtime/attrcache';

/**
 * CPython 3.11's superinstructions (_PyCode_Quicken): a pair of adjacent instructions run
 * by one dispatch. Only `Decoded.qops` holds them, on the FIRST unit of the pair; the
 * second keeps its own opcode, so a jump to it still works. Numbers unused by 3.11's opcodes.
 */
export const enum Q {
  LOAD_FAST__LOAD_FAST = 240,
  LOAD_FAST__LOAD_CONST = 241,
  LOAD_CONST__LOAD_FAST = 242,
  STORE_FAST__LOAD_FAST = 243,
  STORE_FAST__STORE_FAST = 244,
  /**
   * PRECALL and its CALL (same argc, always adjacent) in one dispatch, as CPython 3.11's
   * specialised PRECALL forms run the call and skip CALL.
   */
  PRECALL__CALL = 245,
  /**
   * COMPARE_OP and the POP_JUMP_*_IF_FALSE / _IF_TRUE after its cache entries in one dispatch
   * (CPython 3.11's COMPARE_OP_INT_JUMP, _FLOAT_JUMP and _STR_JUMP, for every operand type).
   */
  COMPARE_OP__JUMP_IF_FALSE = 246,
  COMPARE_OP__JUMP_IF_TRUE = 247,
  /**
   * A function's last LOAD_FAST or LOAD_CONST and the RETURN_VALUE after it (not in CPython
   * 3.11; 3.12 has RETURN_CONST): one dispatch per Python return saved.
   */
  LOAD_FAST__RETURN_VALUE = 248,
  LOAD_CONST__RETURN_VALUE = 249,
  /**
   * A JUMP_BACKWARD to a FOR_ITER (the end of every `for` body): the jump runs the FOR_ITER
   * itself for range and list iterators (the register VM's FOR_ITER_BACK does the same; not
   * in CPython) and resumes a generator (as FOR_ITER does, vm.enterGenerator), other
   * iterators go to the FOR_ITER's own dispatch. Not a pair of adjacent
   * units: it replaces the jump alone, and the FOR_ITER is still reached by the loop's entry.
   */
  JUMP_BACKWARD__FOR_ITER = 250,
  /**
   * LOAD_FAST and the LOAD_ATTR / LOAD_METHOD after it (`self.x`, `p.get()`: the most
   * frequent pair in richards, deltablue and raytrace; not in CPython 3.11).
   */
  LOAD_FAST__LOAD_ATTR = 251,
  LOAD_FAST__LOAD_METHOD = 252,
  /** JUMP_BACKWARD__FOR_ITER whose FOR_ITER is followed by a STORE_FAST (`for i in ...:`): stores the item too. */
  JUMP_BACKWARD__FOR_ITER_STORE = 253,
  /**
   * BINARY_OP and the STORE_FAST after its cache entry (`x = a * b`, `i += 1`; not in CPython
   * 3.11, whose only BINARY_OP/STORE_FAST fusion is the str `+=` in place): the register VM
   * writes every result straight to its destination register, this saves the stack VM's
   * dispatch of the store (4.4% of the instructions nbody runs).
   */
  BINARY_OP__STORE_FAST = 254,
  /**
   * A POP_TOP right after a CALL (a call statement, `self.update(x)`): dispatched, it is
   * POP_TOP; a Python function returning into it (RETURN_VALUE's frame switch) discards
   * the value and steps over it, without the dispatch (not in CPython 3.11; the register
   * VM's calls write no result register when it is unused, so it has no such dispatch).
   */
  POP_TOP__AFTER_CALL = 239,
  /**
   * The RESUME after a YIELD_VALUE and the POP_TOP after it (a `yield` statement: the value
   * sent in is discarded): a generator resumed by FOR_ITER (or a JUMP_BACKWARD__FOR_ITER)
   * starts after both, the pair's dispatch and the RESUME's saved (not in CPython 3.11;
   * the register VM's generators have neither instruction); dispatched, it is the POP_TOP.
   */
  RESUME__POP_TOP = 238,
  /**
   * A LOAD_FAST or LOAD_CONST and the BINARY_OP right after it (`... * zi`, `... + 1`): the
   * loaded value is the right operand, read in place and never pushed; the BINARY_OP may be
   * a BINARY_OP__STORE_FAST (not in CPython 3.11; the register VM reads every operand from
   * its register or constant).
   */
  LOAD_FAST__BINARY_OP = 237,
  LOAD_CONST__BINARY_OP = 236,
  /**
   * LOAD_FAST, then a LOAD_FAST or LOAD_CONST, then BINARY_OP (`zr * zr`, `i + 1`): three
   * instructions in one dispatch (the register VM's BINARY_OP with two operand registers).
   */
  LOAD_FAST__LOAD_FAST__BINARY_OP = 235,
  LOAD_FAST__LOAD_CONST__BINARY_OP = 234,
  /**
   * LOAD_FAST, LOAD_ATTR, BINARY_OP (`... * other.x`: the right operand an attribute of a
   * local, raytrace's vector arithmetic): the attribute is read through the LOAD_ATTR's own
   * cache and never pushed.
   */
  LOAD_FAST__LOAD_ATTR__BINARY_OP = 233,
  /**
   * LOAD_FAST, LOAD_METHOD, PRECALL 0, CALL 0 (`self.output()`, `p.get()`): one dispatch for
   * the four (deltablue's most frequent pair of dispatches was LOAD_FAST__LOAD_METHOD then
   * PRECALL__CALL).
   */
  LOAD_FAST__LOAD_METHOD__CALL = 232,
  /**
   * A JUMP_FORWARD whose target is a RETURN_VALUE (`return a if c else b`: the branches meet
   * at the return) runs the return itself, one dispatch fewer (not in CPython 3.11; the
   * register VM's translator does the same, finalize.ts returnJumps). Not a pair of adjacent
   * units: it replaces the jump alone, the RETURN_VALUE is still reached by the other branch.
   */
  JUMP_FORWARD__RETURN_VALUE = 231,
  /**
   * `c[i] op= v`'s read (3.11 compiles it COPY 2, COPY 2, BINARY_SUBSCR): the container and
   * index duplicated and subscripted in one dispatch, the duplicates never stored (Python
   * 3.10's DUP_TOP_TWO + BINARY_SUBSCR; not in CPython 3.11; the register VM's translator
   * turns the copies into register reads).
   */
  COPY2__COPY2__BINARY_SUBSCR = 230,
  /** `c[i] op= v`'s write (SWAP 3, SWAP 2, STORE_SUBSCR): one dispatch, nothing swapped. */
  SWAP3__SWAP2__STORE_SUBSCR = 229,
  /**
   * `obj.x = v` with obj a local (LOAD_FAST, STORE_ATTR: `self.x = x`): the object read in
   * place, never pushed; and the same with the value a local or a constant too (LOAD_FAST or
   * LOAD_CONST, LOAD_FAST, STORE_ATTR: three instructions, one dispatch). Not in CPython
   * 3.11 (its STORE_ATTR_INSTANCE_VALUE is a specialisation of the store alone); the register
   * VM's STORE_ATTR reads both operands from their registers.
   */
  LOAD_FAST__STORE_ATTR = 228,
  LOAD_FAST__LOAD_FAST__STORE_ATTR = 227,
  LOAD_CONST__LOAD_FAST__STORE_ATTR = 226,
  /**
   * `c[i]` with c a local and i a local or constant (LOAD_FAST, LOAD_FAST/LOAD_CONST,
   * BINARY_SUBSCR): three instructions, one dispatch, the operands read in place (the
   * register VM's BINARY_SUBSCR reads both from their registers). The AUG forms are
   * `c[i] op= v`'s read: the same loads, COPY 2, COPY 2, BINARY_SUBSCR in one dispatch (the
   * container and index pushed once, as the copies would leave them, then the item).
   */
  LOAD_FAST__LOAD_FAST__BINARY_SUBSCR = 225,
  LOAD_FAST__LOAD_CONST__BINARY_SUBSCR = 224,
  LOAD_FAST__LOAD_FAST__AUG_BINARY_SUBSCR = 223,
  LOAD_FAST__LOAD_CONST__AUG_BINARY_SUBSCR = 222,
  /**
   * `obj.x op= v` with obj a local (3.11: LOAD_FAST, COPY 1, LOAD_ATTR ... BINARY_OP, SWAP 2,
   * STORE_ATTR; `self.pos += 1`): the read's three instructions in one dispatch (the object
   * pushed twice, as the copy leaves it, then the attribute replacing the top one), and the
   * write's SWAP 2 + STORE_ATTR in one, nothing swapped (not in CPython 3.11; the register
   * VM's translator turns the copy and the swap into register reads).
   */
  LOAD_FAST__COPY__LOAD_ATTR = 221,
  SWAP2__STORE_ATTR = 220,
  /**
   * A call's last argument a local (LOAD_FAST, PRECALL, CALL: `s.add(c)`, `ord(ch)`,
   * `f(a, b)`): the argument pushed and the call made in one dispatch (not in CPython 3.11;
   * the register VM's CALL reads its arguments from their registers).
   */
  LOAD_FAST__PRECALL__CALL = 219,
  /**
   * A BINARY_OP whose result is the right operand of the BINARY_OP right after its cache entry
   * (`dx * dx + dy * dy`'s `+`, `v[0] -= dx * m`'s `-=`), both among + - * (in place or not):
   * on three exact floats both are computed in doubles and one float is allocated (as the
   * register VM's BINARY_OP2); otherwise the first runs alone and the second at its own unit.
   * Not in CPython 3.11.
   */
  BINARY_OP__BINARY_OP = 218,
}

/**
 * BINARY_OP opargs BINARY_OP__BINARY_OP fuses: + - * and their in-place forms (on floats they
 * cannot raise): NB_ADD 0, NB_SUBTRACT 10, NB_MULTIPLY 5, each in place at +13 (runtime/ops.ts).
 */
function fusedOpArg(a: number): boolean {
  return a === 0 || a === 13 || a === 10 || a === 23 || a === 5 || a === 18;
}

export interface Decoded {
  /** The opcode of each instruction's first unit (CPython's own; counters and tracing use these). */
  ops: Uint8Array;
  /** `ops` with superinstructions (Q) on the first unit of each pair. */
  qops: Uint8Array;
  /**
   * What the eval loop reads: qops[u] | args[u] << 8 in one word, so that a dispatch is one
   * typed-array load instead of two (opargs fit in 23 bits: decode() checks).
   */
  words: Int32Array;
  args: Int32Array;
  /** Exception table entries (code units), in table order. */
  handlers: ExceptionTableEntry[];
  /**
   * Per-unit inline caches (LOAD_GLOBAL; LOAD_ATTR/LOAD_METHOD/STORE_ATTR), made here for
   * every such instruction (other units hold a shared unused one), so that the loop has no
   * allocation site for them: each `new` in the loop was inlined by TurboFan from the
   * loop's one inlining budget, and a lazily filled array is holey.
   */
  globalCaches: GlobalCache[];
  attrCaches: AttrCache[];
  /**
   * Finished function frames of this code, ready for reuse (a call allocates no Frame and
   * no array when one is here). Only frames no one can still reach go here: never a
   * generator's frame. A list linked through Frame.nextFree (at most 16), not an array:
   * V8 left Array pop/push as builtin calls in the call path (R, register VM, session 15).
   */
  freeFrame: Frame | null;
  freeCount: number;
  /**
   * The positional argument count a call may copy straight into a pooled frame's slots
   * (StackVM.pushFrame's fast path): co_argcount for a function (CO_OPTIMIZED) without
   * *args, **kwargs or keyword-only parameters; -1 otherwise.
   */
  plainArgc: number;
  /** Per-unit pushes/pops when the instruction does not jump (counting mode only). */
  pushes: Int32Array | null;
  pops: Int32Array | null;
  /** Differences (taken - not taken) for conditional jumps (counting mode only). */
  jumpPushDelta: Int32Array | null;
  jumpPopDelta: Int32Array | null;
  /** Number of real instructions (EXTENDED_ARG and CACHE excluded), for static counters. */
  instructionCount: number;
  /**
   * The first RESUME's unit. The prologue before it (MAKE_CELL, COPY_FREE_VARS,
   * RETURN_GENERATOR + POP_TOP) runs before CPython starts tracing the frame, so the
   * counters leave it out too.
   */
  firstResume: number;
  /**
   * Where a call inside the eval loop starts the frame: 1 past a leading RESUME (a no-op
   * here, so a call saves its dispatch) when quickening is on, else 0.
   */
  startPc: number;
  /**
   * Where `words` starts in the array of every code object's words (the global
   * `__pyvmStackWords`, below): the eval loop reads unit u of this code at wbase + u there.
   */
  wbase: number;
}

/**
 * Every decoded code object's words, one after another, in ONE Int32Array that the stack
 * eval loop reads through the global `__pyvmStackWords` (`__pyvmStackWords[wb + pc]`,
 * eval.ts), each Decoded's `words` being a view of its part (decode() writes them there).
 * Why, and how it grows: runtime/words_arena.ts.
 */
const stackArena = new WordsArena('__pyvmStackWords');

/** The array every Decoded's words are a view of (see above). */
export function stackWords(): Int32Array {
  return stackArena.words();
}

/** Replaces the array by one of at least `minCapacity` words (twice as large at least), the words copied. */
export function stackWordsGrow(minCapacity: number): void {
  stackArena.grow(minCapacity);
}

/** How many words of the array are taken. */
export function stackWordsTop(): number {
  return stackArena.top();
}

/** The start of n words of the array, reserved for one code object (exported for tests). */
export function stackWordsReserve(n: number): number {
  return stackArena.reserve(n);
}

const DERIVED_KEY = 'stackvm';

/**
 * A frame's slot array: n undefined elements in a PACKED array (pushed one by one), where
 * `new Array(n)` is HOLEY: every load of a holey array's element in optimised code also
 * compares it with the hole.
 */
function undefinedSlots(n: number): (PyObject | undefined)[] {
  const s: (PyObject | undefined)[] = [];
  for (let i = 0; i < n; i++) s.push(undefined);
  return s;
}

/**
 * Whether decode() quickens (superinstructions, Q above, and the RESUME skip): on unless
 * PYVM_STACK_QUICKEN=0, so that the plain stack VM can be timed too. Takes effect for code
 * decoded after it is set (decode() caches per code object).
 */
let quickening = process.env.PYVM_STACK_QUICKEN !== '0';

/** Turns quickening on or off for code decoded from now on (see `quickening`). */
export function setStackQuickening(on: boolean): void {
  quickening = on;
}
/** What Decoded's cache arrays hold at units that are not cached instructions (never used). */
const UNUSED_GLOBAL_CACHE = new GlobalCache();
const UNUSED_ATTR_CACHE = new AttrCache();

/** The decoded form of `code`, computed once. */
/** The code's decoded form if it has been decoded (its frame pool), else undefined. */
export function decodedIfAny(code: CodeObject): Decoded | undefined {
  return code.derived.get(DERIVED_KEY) as Decoded | undefined;
}

export function decode(code: CodeObject): Decoded {
  const cached = code.derived.get(DERIVED_KEY) as Decoded | undefined;
  if (cached !== undefined) return cached;
  const bytes = code.co_code;
  const n = bytes.length >> 1;
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  let ext = 0;
  let count = 0;
  for (let u = 0; u < n; ) {
    const op = bytes[2 * u];
    const arg = bytes[2 * u + 1] | ext;
    ops[u] = op;
    if (op === EXTENDED_ARG) {
      args[u] = arg;
      ext = arg << 8;
      u++;
      continue;
    }
    ext = 0;
    count++;
    if (HASJREL.has(op)) {
      // Relative to the instruction after this one (3.11 jumps have no cache entries).
      args[u] = HASJBACK.has(op) ? u + 1 - arg : u + 1 + arg;
    } else {
      args[u] = arg;
    }
    u += 1 + CACHE_ENTRIES[op];
  }
  const qops = quickening ? quicken(ops, args) : ops.slice();
  const wbase = stackWordsReserve(n);
  const words = stackWords().subarray(wbase, wbase + n);
  for (let u = 0; u < n; u++) {
    if (args[u] < 0 || args[u] >= 1 << 23) throw new RangeError(`pyvm: oparg ${args[u]} too large for the stack VM`);
    words[u] = qops[u] | (args[u] << 8);
  }
  const globalCaches: GlobalCache[] = [];
  const attrCaches: AttrCache[] = [];
  for (let u = 0; u < n; u++) {
    const op = ops[u];
    globalCaches.push(op === Op.LOAD_GLOBAL ? new GlobalCache() : UNUSED_GLOBAL_CACHE);
    attrCaches.push(op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.LOAD_METHOD ? new AttrCache() : UNUSED_ATTR_CACHE);
  }
  const d: Decoded = {
    ops,
    qops,
    words,
    args,
    handlers: decodeExceptionTable(code.co_exceptiontable),
    globalCaches,
    attrCaches,
    freeFrame: null,
    freeCount: 0,
    plainArgc:
      (code.co_flags & (CO_OPTIMIZED | CO_VARARGS | CO_VARKEYWORDS)) === CO_OPTIMIZED && code.co_kwonlyargcount === 0
        ? code.co_argcount
        : -1,
    pushes: null,
    pops: null,
    jumpPushDelta: null,
    jumpPopDelta: null,
    instructionCount: count,
    firstResume: Math.max(0, ops.indexOf(RESUME)),
    startPc: quickening && ops[0] === RESUME ? 1 : 0,
    wbase,
  };
  code.derived.set(DERIVED_KEY, d);
  return d;
}

/**
 * The superinstruction pairs of `ops` (as CPython 3.11's quickening: each instruction pairs
 * with the one before it, so LOAD_FAST x3 gives two overlapping pairs; executed from the
 * first, one dispatch runs two instructions, then the third runs alone). The second
 * instruction must start at the very next unit (these opcodes have no cache entries) and
 * carry no EXTENDED_ARG (its unit would then be the EXTENDED_ARG).
 */
function quicken(ops: Uint8Array, args: Int32Array): Uint8Array {
  const q = ops.slice();
  const callAt = 1 + CACHE_ENTRIES[Op.PRECALL];
  const jumpAt = 1 + CACHE_ENTRIES[Op.COMPARE_OP];
  const storeAt = 1 + CACHE_ENTRIES[Op.BINARY_OP];
  // The unit after a LOAD_FAST's LOAD_ATTR and its cache entries.
  const attrOpAt = 2 + CACHE_ENTRIES[Op.LOAD_ATTR];
  for (let u = 0; u + 1 < ops.length; u++) {
    const a = ops[u];
    const b = ops[u + 1];
    if (a === Op.PRECALL && ops[u + callAt] === Op.CALL && args[u + callAt] === args[u]) {
      q[u] = Q.PRECALL__CALL;
      continue;
    }
    if (a === Op.COMPARE_OP && u + jumpAt < ops.length) {
      // The jump must start right after the cache entries (no EXTENDED_ARG before it).
      const j = ops[u + jumpAt];
      if (j === Op.POP_JUMP_FORWARD_IF_FALSE || j === Op.POP_JUMP_BACKWARD_IF_FALSE) q[u] = Q.COMPARE_OP__JUMP_IF_FALSE;
      else if (j === Op.POP_JUMP_FORWARD_IF_TRUE || j === Op.POP_JUMP_BACKWARD_IF_TRUE) q[u] = Q.COMPARE_OP__JUMP_IF_TRUE;
      continue;
    }
    if (a === Op.CALL) {
      const p = u + 1 + CACHE_ENTRIES[Op.CALL];
      if (p < ops.length && ops[p] === Op.POP_TOP) q[p] = Q.POP_TOP__AFTER_CALL;
      continue;
    }
    if (a === Op.BINARY_OP) {
      // The store must start right after the cache entry (no EXTENDED_ARG before it).
      if (u + storeAt < ops.length && ops[u + storeAt] === Op.STORE_FAST) q[u] = Q.BINARY_OP__STORE_FAST;
      else if (u + storeAt < ops.length && ops[u + storeAt] === Op.BINARY_OP && fusedOpArg(args[u]) && fusedOpArg(args[u + storeAt])) q[u] = Q.BINARY_OP__BINARY_OP;
      continue;
    }
    if (a === Op.JUMP_FORWARD) {
      if (ops[args[u]] === Op.RETURN_VALUE) q[u] = Q.JUMP_FORWARD__RETURN_VALUE;
      continue;
    }
    if (a === Op.JUMP_BACKWARD && ops[args[u]] === Op.FOR_ITER) {
      q[u] = ops[args[u] + 1] === Op.STORE_FAST ? Q.JUMP_BACKWARD__FOR_ITER_STORE : Q.JUMP_BACKWARD__FOR_ITER;
      continue;
    }
    if (a === Op.RESUME && b === Op.POP_TOP && u > 0 && ops[u - 1] === Op.YIELD_VALUE) {
      q[u] = Q.RESUME__POP_TOP;
      continue;
    }
    if (b === Op.RETURN_VALUE) {
      if (a === Op.LOAD_FAST) q[u] = Q.LOAD_FAST__RETURN_VALUE;
      else if (a === Op.LOAD_CONST) q[u] = Q.LOAD_CONST__RETURN_VALUE;
      if (q[u] !== a) continue;
    }
    if (a === Op.LOAD_FAST && (b === Op.LOAD_FAST || b === Op.LOAD_CONST) && u + 2 < ops.length) {
      const c2 = ops[u + 2];
      if (c2 === Op.BINARY_SUBSCR) {
        q[u] = b === Op.LOAD_FAST ? Q.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR : Q.LOAD_FAST__LOAD_CONST__BINARY_SUBSCR;
        continue;
      }
      if (c2 === Op.COPY && args[u + 2] === 2 && u + 4 < ops.length && ops[u + 3] === Op.COPY && args[u + 3] === 2 && ops[u + 4] === Op.BINARY_SUBSCR) {
        q[u] = b === Op.LOAD_FAST ? Q.LOAD_FAST__LOAD_FAST__AUG_BINARY_SUBSCR : Q.LOAD_FAST__LOAD_CONST__AUG_BINARY_SUBSCR;
        continue;
      }
    }
    if (a === Op.COPY && b === Op.COPY && args[u] === 2 && args[u + 1] === 2 && u + 2 < ops.length && ops[u + 2] === Op.BINARY_SUBSCR) {
      q[u] = Q.COPY2__COPY2__BINARY_SUBSCR;
      continue;
    }
    if (a === Op.LOAD_FAST && b === Op.PRECALL && u + 1 + callAt < ops.length && ops[u + 1 + callAt] === Op.CALL && args[u + 1 + callAt] === args[u + 1]) {
      q[u] = Q.LOAD_FAST__PRECALL__CALL;
      continue;
    }
    if (a === Op.LOAD_FAST && b === Op.COPY && args[u + 1] === 1 && u + 2 < ops.length && ops[u + 2] === Op.LOAD_ATTR) {
      q[u] = Q.LOAD_FAST__COPY__LOAD_ATTR;
      continue;
    }
    if (a === Op.SWAP && args[u] === 2 && b === Op.STORE_ATTR) {
      q[u] = Q.SWAP2__STORE_ATTR;
      continue;
    }
    if (a === Op.SWAP && b === Op.SWAP && args[u] === 3 && args[u + 1] === 2 && u + 2 < ops.length && ops[u + 2] === Op.STORE_SUBSCR) {
      q[u] = Q.SWAP3__SWAP2__STORE_SUBSCR;
      continue;
    }
    if ((a === Op.LOAD_FAST || a === Op.LOAD_CONST) && b === Op.LOAD_FAST && u + 2 < ops.length && ops[u + 2] === Op.STORE_ATTR) {
      // The value's load, the object's LOAD_FAST and the store (the object's LOAD_FAST is
      // paired with the store too below, for a jump to it or another value before it).
      q[u] = a === Op.LOAD_FAST ? Q.LOAD_FAST__LOAD_FAST__STORE_ATTR : Q.LOAD_CONST__LOAD_FAST__STORE_ATTR;
      continue;
    }
    if (a === Op.LOAD_FAST && b === Op.STORE_ATTR) {
      q[u] = Q.LOAD_FAST__STORE_ATTR;
      continue;
    }
    if (b === Op.BINARY_OP && (a === Op.LOAD_FAST || a === Op.LOAD_CONST)) {
      q[u] = a === Op.LOAD_FAST ? Q.LOAD_FAST__BINARY_OP : Q.LOAD_CONST__BINARY_OP;
      continue;
    }
    if (a === Op.LOAD_FAST && b === Op.LOAD_METHOD) {
      const p = u + 2 + CACHE_ENTRIES[Op.LOAD_METHOD];
      if (p + callAt < ops.length && ops[p] === Op.PRECALL && args[p] === 0 && ops[p + callAt] === Op.CALL && args[p + callAt] === 0) {
        q[u] = Q.LOAD_FAST__LOAD_METHOD__CALL;
        continue;
      }
    }
    if (a === Op.LOAD_FAST && b === Op.LOAD_ATTR && u + attrOpAt < ops.length && ops[u + attrOpAt] === Op.BINARY_OP) {
      q[u] = Q.LOAD_FAST__LOAD_ATTR__BINARY_OP;
      continue;
    }
    if (a === Op.LOAD_FAST && (b === Op.LOAD_FAST || b === Op.LOAD_CONST) && u + 2 < ops.length && ops[u + 2] === Op.BINARY_OP) {
      q[u] = b === Op.LOAD_FAST ? Q.LOAD_FAST__LOAD_FAST__BINARY_OP : Q.LOAD_FAST__LOAD_CONST__BINARY_OP;
      continue;
    }
    if (a === Op.LOAD_FAST) {
      if (b === Op.LOAD_FAST) q[u] = Q.LOAD_FAST__LOAD_FAST;
      else if (b === Op.LOAD_CONST) q[u] = Q.LOAD_FAST__LOAD_CONST;
      else if (b === Op.LOAD_ATTR) q[u] = Q.LOAD_FAST__LOAD_ATTR;
      else if (b === Op.LOAD_METHOD) q[u] = Q.LOAD_FAST__LOAD_METHOD;
    } else if (a === Op.LOAD_CONST) {
      if (b === Op.LOAD_FAST) q[u] = Q.LOAD_CONST__LOAD_FAST;
    } else if (a === Op.STORE_FAST) {
      if (b === Op.LOAD_FAST) q[u] = Q.STORE_FAST__LOAD_FAST;
      else if (b === Op.STORE_FAST) q[u] = Q.STORE_FAST__STORE_FAST;
    }
  }
  return q;
}

/** Fills the per-instruction push/pop tables used by the counting loop. */
export function ensureCountTables(code: CodeObject, d: Decoded): void {
  if (d.pushes !== null) return;
  const n = d.ops.length;
  const pushes = new Int32Array(n);
  const pops = new Int32Array(n);
  const jpush = new Int32Array(n);
  const jpop = new Int32Array(n);
  const bytes = code.co_code;
  let ext = 0;
  for (let u = 0; u < n; ) {
    const op = bytes[2 * u];
    const arg = bytes[2 * u + 1] | ext;
    if (op === EXTENDED_ARG) {
      ext = arg << 8;
      u++;
      continue;
    }
    ext = 0;
    const info = OPINFO[op];
    if (info !== undefined) {
      pushes[u] = stackPushes(op, arg, false);
      pops[u] = stackPops(op, arg, false);
      if (info.jump === 'conditional') {
        jpush[u] = stackPushes(op, arg, true) - pushes[u];
        jpop[u] = stackPops(op, arg, true) - pops[u];
      }
    }
    u += 1 + CACHE_ENTRIES[op];
  }
  d.pushes = pushes;
  d.pops = pops;
  d.jumpPushDelta = jpush;
  d.jumpPopDelta = jpop;
}

/** A Python frame on the stack VM. */
export class Frame {
  /**
   * Fast locals then the value stack. `undefined` in a local slot = unbound. Replaced by a
   * copy now and then (StackVM.pushFrame, the loop's backward jumps), so that it stays in
   * V8's young generation: see FRESH_SLOTS_USES.
   */
  s: (PyObject | undefined)[];
  /** Calls since this pooled frame's `s` was last replaced (StackVM.pushFrame). */
  uses = 0;
  /** Index in `s` of the next free stack slot. */
  sp: number;
  /** Index of the first stack slot (= co_nlocalsplus). */
  readonly base: number;
  /** Next instruction (code unit). */
  pc = 0;
  /** The instruction executing / last executed (code unit): tracebacks and f_lasti. */
  lasti = -1;
  /** The calling frame within the same eval-loop activation (null: return to JS). */
  back: Frame | null = null;
  /** The next frame of its code's pool (Decoded.freeFrame) while this one is in it. */
  nextFree: Frame | null = null;
  /** KW_NAMES' tuple for the next CALL. */
  kwnames: readonly string[] | null = null;
  /** The generator owning this frame, if any. */
  generator: PyGenerator | null = null;
  /**
   * For an __init__ frame entered by CALL on a class (runtime/class.ts inlinableInit): the
   * new instance, which RETURN_VALUE delivers to the caller instead of __init__'s None.
   */
  initSelf: PyObject | null = null;
  /**
   * For a generator frame resumed inside the eval loop (FOR_ITER/SEND, StackVM.enterGenerator):
   * the resumer's exception being handled, restored when the frame yields, returns or raises.
   */
  resumerExc: PyObject | undefined = undefined;
  /** The exception being handled in this generator frame when it was suspended. */
  readonly decoded: Decoded;

  constructor(
    readonly code: CodeObject,
    public func: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
    /** The locals mapping for module and class frames (LOAD_NAME/STORE_NAME); null for functions. */
    public locals: PyObject | null,
    decoded?: Decoded,
  ) {
    this.decoded = decoded ?? decode(code);
    const nl = code.co_localsplusnames.length;
    this.base = nl;
    this.sp = nl;
    this.s = undefinedSlots(nl + code.co_stacksize + 1);
  }

  /**
   * Returns a finished, non-generator frame to its code's pool, its slots cleared. Its func,
   * globals and builtins stay: the next call of the same function writes none of them (a
   * young function stored into an old pooled frame takes V8's write-barrier slow path).
   */
  release(): void {
    if (this.generator !== null) return;
    const d = this.decoded;
    if (d.freeCount >= 16) return;
    const s = this.s;
    for (let i = 0; i < s.length; i++) s[i] = undefined;
    this.sp = this.base;
    this.pc = 0;
    this.lasti = -1;
    this.back = null;
    this.kwnames = null;
    this.initSelf = null;
    this.locals = null;
    this.nextFree = d.freeFrame;
    d.freeFrame = this;
    d.freeCount++;
  }

  /** The current line (for tracebacks and tracing). */
  lineno(): number | null {
    return addr2line(this.code.co_linetable, this.code.co_firstlineno, Math.max(0, this.lasti) * 2);
  }
}
