// Translator stage 1: analysis of a CPython 3.11 code object's stack code.
//
// Decodes co_code into instructions (EXTENDED_ARG folded, CACHE entries skipped), splits it into
// basic blocks, and computes the stack depth before every reachable instruction from the opcode
// table's real pop/push counts (frontend/opcode.ts stackPops/stackPushes, the eval loop's
// behaviour) and the exception table's handler depths (frontend/exceptiontable.ts). Code whose
// depths disagree where paths meet, go negative, or exceed co_stacksize is rejected with a
// TranslationError naming the offset: the register layout (stack depth d = register
// nlocalsplus + d) is only sound when every instruction has one depth.
//
// It also computes which plain locals are definitely bound before each instruction (a forward
// "must" dataflow), which lets lowering fold LOAD_FAST into operands without losing 3.11's
// UnboundLocalError check.

import { CodeObject, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS } from '../frontend/code';
import { Op, info, stackPops, stackPushes, jumpTarget, CACHE_ENTRIES, EXTENDED_ARG } from '../frontend/opcode';
import { decodeExceptionTable } from './handlers';

export class TranslationError extends Error {
  constructor(code: CodeObject, offset: number, message: string) {
    super(`cannot translate ${code.co_qualname} (${code.co_filename}) at offset ${offset}: ${message}`);
    this.name = 'TranslationError';
  }
}

/** One decoded stack instruction. Offsets are byte offsets into co_code. */
export interface StackInstr {
  /** Index in the instruction list. */
  index: number;
  /** Offset of the instruction itself (after any EXTENDED_ARG prefixes), as dis shows it. */
  offset: number;
  /** Offset of its first EXTENDED_ARG prefix (= offset when none): where jumps land. */
  start: number;
  op: number;
  arg: number;
  /** Offset of the next instruction (after the inline caches). */
  next: number;
  /** Jump target offset, or -1. */
  target: number;
  /** Number of EXTENDED_ARG prefixes folded into this instruction (they ran in the stack VM). */
  prefixes: number;
}

export interface HandlerEntry {
  /** Byte offsets: the protected range [start, end), the handler's first instruction. */
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface Block {
  id: number;
  /** Instruction indices [first, last]. */
  first: number;
  last: number;
  /** Successor block ids by normal control flow (fallthrough and jump). */
  succs: number[];
  /** Number of normal-flow predecessors. */
  npreds: number;
  /** Entered as an exception handler. */
  isHandler: boolean;
}

export interface Analysis {
  code: CodeObject;
  instrs: StackInstr[];
  /** Instruction index by offset (both `offset` and `start` map to it). */
  indexAt: Map<number, number>;
  handlers: HandlerEntry[];
  /** For each instruction, the index into `handlers` covering it, or -1. */
  handlerOf: Int32Array;
  blocks: Block[];
  /** Block id of each instruction. */
  blockOf: Int32Array;
  /** Stack depth before each instruction; -1 if unreachable. */
  depthBefore: Int32Array;
  /** Per instruction: bitmap (one byte per fast slot) of plain locals definitely bound before it. */
  boundBefore: Uint8Array[];
  nlocalsplus: number;
}

/** Decode co_code into instructions (the same walk dis does). */
export function decodeInstructions(code: CodeObject): StackInstr[] {
  const bytes = code.co_code;
  const out: StackInstr[] = [];
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    let arg = 0;
    let prefixes = 0;
    let op = bytes[i];
    while (op === EXTENDED_ARG) {
      arg = (arg | bytes[i + 1]) << 8;
      i += 2;
      prefixes++;
      if (i >= bytes.length) throw new TranslationError(code, start, 'EXTENDED_ARG at the end of the code');
      op = bytes[i];
    }
    const e = info(op);
    arg = e.hasArg ? arg | bytes[i + 1] : 0;
    const offset = i;
    const next = i + 2 + 2 * CACHE_ENTRIES[op];
    const target = e.operand === 'jump-forward' || e.operand === 'jump-backward' ? jumpTarget(op, arg, offset) : -1;
    out.push({ index: out.length, offset, start, op, arg, next, target, prefixes });
    i = next;
  }
  return out;
}

function isUnconditional(op: number): boolean {
  if (op === Op.RETURN_GENERATOR) return false; // the generator's first resumption continues here
  const j = info(op).jump;
  return j === 'unconditional' || j === 'return' || j === 'raise';
}

export function analyze(code: CodeObject): Analysis {
  const instrs = decodeInstructions(code);
  const n = instrs.length;
  const indexAt = new Map<number, number>();
  for (const ins of instrs) {
    indexAt.set(ins.offset, ins.index);
    indexAt.set(ins.start, ins.index);
  }
  indexAt.set(code.co_code.length, n);
  const at = (off: number, what: string, from: number): number => {
    const k = indexAt.get(off);
    if (k === undefined) throw new TranslationError(code, from, `${what} ${off} is not an instruction boundary`);
    return k;
  };

  const handlers = decodeExceptionTable(code.co_exceptiontable);
  const handlerOf = new Int32Array(n).fill(-1);
  handlers.forEach((h, hi) => {
    const s = at(h.start, 'exception range start', h.start);
    const e = at(h.end, 'exception range end', h.end);
    at(h.target, 'handler', h.target);
    if (!(s < e)) throw new TranslationError(code, h.start, 'empty or inverted exception range');
    for (let k = s; k < e; k++) if (handlerOf[k] === -1) handlerOf[k] = hi;
  });

  // Leaders: entry, jump targets, instructions after jumps/terminators, handler targets, and
  // the edges of protected ranges (so each block has a single handler).
  const leader = new Uint8Array(n + 1);
  leader[0] = 1;
  for (const ins of instrs) {
    const e = info(ins.op);
    if (ins.target >= 0) {
      leader[at(ins.target, 'jump target', ins.offset)] = 1;
      leader[ins.index + 1] = 1;
    } else if (e.jump !== 'none' && ins.op !== Op.RETURN_GENERATOR) {
      leader[ins.index + 1] = 1;
    } else if (ins.op === Op.END_ASYNC_FOR) {
      // Lowered to a conditional jump to its successor (the loop is over) and a RERAISE.
      leader[ins.index + 1] = 1;
    }
    if (ins.index > 0 && handlerOf[ins.index] !== handlerOf[ins.index - 1]) leader[ins.index] = 1;
  }
  for (const h of handlers) leader[at(h.target, 'handler', h.target)] = 1;

  const blocks: Block[] = [];
  const blockOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (leader[k]) blocks.push({ id: blocks.length, first: k, last: k, succs: [], npreds: 0, isHandler: false });
    const b = blocks[blocks.length - 1];
    b.last = k;
    blockOf[k] = b.id;
  }
  for (const b of blocks) {
    const last = instrs[b.last];
    if (last.target >= 0) b.succs.push(blockOf[at(last.target, 'jump target', last.offset)]);
    if (!isUnconditional(last.op) && b.last + 1 < n) b.succs.push(blockOf[b.last + 1]);
    else if (!isUnconditional(last.op) && b.last + 1 >= n)
      throw new TranslationError(code, last.offset, 'control falls off the end of the code');
  }
  for (const b of blocks) for (const sb of b.succs) blocks[sb].npreds++;
  for (const h of handlers) blocks[blockOf[at(h.target, 'handler', h.target)]].isHandler = true;

  // Stack depths: a worklist over instructions.
  const depthBefore = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const setDepth = (k: number, d: number, from: number): void => {
    if (k >= n) throw new TranslationError(code, instrs[from].offset, 'control falls off the end of the code');
    if (d < 0) throw new TranslationError(code, instrs[from].offset, 'stack underflow');
    if (d > code.co_stacksize)
      throw new TranslationError(code, instrs[from].offset, `stack depth ${d} exceeds co_stacksize ${code.co_stacksize}`);
    if (depthBefore[k] === -1) {
      depthBefore[k] = d;
      work.push(k);
    } else if (depthBefore[k] !== d) {
      throw new TranslationError(
        code,
        instrs[k].offset,
        `inconsistent stack depth: ${depthBefore[k]} on one path, ${d} on another (from offset ${instrs[from].offset})`,
      );
    }
  };
  if (n > 0) setDepth(0, 0, 0);
  while (work.length > 0) {
    const k = work.pop() as number;
    const ins = instrs[k];
    const d = depthBefore[k];
    const e = info(ins.op);
    const pops = stackPops(ins.op, ins.arg, false);
    if (d - pops < 0) throw new TranslationError(code, ins.offset, `${e.name} pops ${pops} from a stack of ${d}`);
    const h = handlerOf[k];
    if (h >= 0) {
      const he = handlers[h];
      if (he.depth > d) throw new TranslationError(code, ins.offset, `handler depth ${he.depth} above the stack depth ${d}`);
      setDepth(at(he.target, 'handler', he.target), he.depth + (he.lasti ? 1 : 0) + 1, k);
    }
    if (e.jump === 'return' && ins.op !== Op.RETURN_GENERATOR) continue;
    if (e.jump === 'raise') continue;
    if (ins.target >= 0) {
      const dj = d - stackPops(ins.op, ins.arg, true) + stackPushes(ins.op, ins.arg, true);
      setDepth(at(ins.target, 'jump target', ins.offset), dj, k);
    }
    if (e.jump !== 'unconditional') setDepth(k + 1, d - pops + stackPushes(ins.op, ins.arg, false), k);
  }

  const nlocalsplus = code.co_nlocalsplus;
  const boundBefore = computeBound(code, instrs, blocks, blockOf, handlers, handlerOf, depthBefore, indexAt);
  return { code, instrs, indexAt, handlers, handlerOf, blocks, blockOf, depthBefore, boundBefore, nlocalsplus };
}

/** Slots bound on entry: the arguments (and cells/frees, which MAKE_CELL/COPY_FREE_VARS set). */
function entryBound(code: CodeObject): Uint8Array {
  const nl = code.co_nlocalsplus;
  const s = new Uint8Array(nl);
  let nargs = code.co_argcount + code.co_kwonlyargcount;
  if (code.co_flags & CO_VARARGS) nargs++;
  if (code.co_flags & CO_VARKEYWORDS) nargs++;
  for (let i = 0; i < nl; i++) {
    const kind = code.co_localspluskinds[i];
    // Arguments are locals in the first slots, in co_localsplusnames order.
    if (i < nargs && kind & CO_FAST_LOCAL) s[i] = 1;
  }
  return s;
}

/**
 * Definitely-bound plain locals before each instruction: bound on entry if an argument, bound
 * after STORE_FAST or a successful LOAD_FAST, unbound after DELETE_FAST; meet = intersection.
 * Handler entry gets the meet of the states before every instruction of its range.
 */
function computeBound(
  code: CodeObject,
  instrs: StackInstr[],
  blocks: Block[],
  blockOf: Int32Array,
  handlers: HandlerEntry[],
  handlerOf: Int32Array,
  depthBefore: Int32Array,
  indexAt: Map<number, number>,
): Uint8Array[] {
  const nl = code.co_nlocalsplus;
  const n = instrs.length;
  const blockIn: (Uint8Array | null)[] = blocks.map(() => null);
  const before: Uint8Array[] = new Array(n);
  const meetInto = (bid: number, s: Uint8Array): boolean => {
    const cur = blockIn[bid];
    if (cur === null) {
      blockIn[bid] = s.slice();
      return true;
    }
    let changed = false;
    for (let i = 0; i < nl; i++) {
      if (cur[i] && !s[i]) {
        cur[i] = 0;
        changed = true;
      }
    }
    return changed;
  };
  if (n === 0) return before;
  blockIn[0] = entryBound(code);
  const work: number[] = [0];
  const queued = new Uint8Array(blocks.length);
  queued[0] = 1;
  while (work.length > 0) {
    const bid = work.pop() as number;
    queued[bid] = 0;
    const b = blocks[bid];
    const s = (blockIn[bid] as Uint8Array).slice();
    for (let k = b.first; k <= b.last; k++) {
      before[k] = s.slice();
      const h = handlerOf[k];
      if (h >= 0 && depthBefore[k] >= 0) {
        const hb = blockOf[indexAt.get(handlers[h].target) as number];
        if (meetInto(hb, s) && !queued[hb]) {
          queued[hb] = 1;
          work.push(hb);
        }
      }
      const ins = instrs[k];
      if (ins.op === Op.STORE_FAST || ins.op === Op.LOAD_FAST) s[ins.arg] = 1;
      else if (ins.op === Op.DELETE_FAST) s[ins.arg] = 0;
    }
    for (const sb of b.succs) {
      if (meetInto(sb, s) && !queued[sb]) {
        queued[sb] = 1;
        work.push(sb);
      }
    }
  }
  for (let k = 0; k < n; k++) if (before[k] === undefined) before[k] = new Uint8Array(nl);
  return before;
}

/** Kinds helper for lowering and the verifier. */
export function isCellOrFree(code: CodeObject, slot: number): boolean {
  return (code.co_localspluskinds[slot] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0;
}
