// The control-flow-graph passes of CPython 3.11's compile.c, run by the assembler on a
// unit's basic blocks: block normalisation and extension (copying small exit blocks into
// their jumping predecessors), peephole optimisation (constant conditions, constant
// tuples, jump threading, SWAP elimination, PUSH_NULL folding into LOAD_GLOBAL),
// reachability and dead-block removal, NOP removal that keeps line events, line-number
// propagation, stack depth, exception-handler labelling, and choosing forward/backward
// jump opcodes. (3.12's moving of handler-only blocks to the end is not a 3.11 pass.)
//
// Each function is named after the compile.c function whose behaviour it reproduces;
// the block order (b_next) and the creation order (b_list, newest first) matter to the
// output exactly as in CPython, so both are kept.

import { BasicBlock, Compiler, Instr, Loc, constKey, hasFallthrough, isBlockPush, isJumpOp, isScopeExit, isUnconditionalJump } from './compiler';
import { Op, stackEffect } from './opcode';
import { None, PyObject, PyTuple } from '../runtime/object';
import { constTruth } from './astopt';

const MAX_COPY_SIZE = 4;

/** COPY_INSTR_LOC (locations are immutable, so they are shared). */
function copyLoc(from: Instr, to: Instr): void {
  to.loc = from.loc;
}

/** Iterates blocks in layout order (b_next). */
export function* layout(entry: BasicBlock): Generator<BasicBlock> {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) yield b;
}
/** Iterates blocks in creation-list order (b_list, newest first). */
export function* creation(c: Compiler): Generator<BasicBlock> {
  for (let b: BasicBlock | null = c.unit.blocks; b !== null; b = b.list) yield b;
}

function lastInstr(b: BasicBlock): Instr | null {
  return b.instrs.length ? b.instrs[b.instrs.length - 1] : null;
}

/** normalize_basic_block: jumps skip over empty blocks. */
export function normalizeBasicBlock(b: BasicBlock): void {
  for (const ins of b.instrs) {
    if (isJumpOp(ins.op)) {
      let t = ins.target!;
      while (t.instrs.length === 0) t = t.next!;
      ins.target = t;
    }
  }
}

function basicblockExitsScope(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last !== null && isScopeExit(last.op);
}

/** extend_block: an unconditional jump to a small exit block becomes a copy of it. */
export function extendBlock(b: BasicBlock): void {
  const last = lastInstr(b);
  if (last === null) return;
  if (last.op !== Op.JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const target = last.target!;
  // Only blocks without line numbers (like the implicit `return None`) are copied.
  if (basicblockExitsScope(target) && target.instrs.length <= MAX_COPY_SIZE &&
    target.instrs.every((i) => i.loc.lineno < 0)) {
    last.op = Op.NOP;
    last.target = null;
    for (const ins of target.instrs) b.instrs.push({ ...ins });
  }
}

/** jump_thread */
function jumpThread(inst: Instr, target: Instr, op: number): number {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return 1;
  }
  return 0;
}

/** add_const: the index of a new constant, appended unless an equal one exists. */
function addConstTo(consts: PyObject[], v: PyTuple): number {
  const key = constKey(v);
  for (let i = 0; i < consts.length; i++) {
    const c = consts[i];
    if (c instanceof PyTuple && constKey(c) === key) return i;
  }
  consts.push(v);
  return consts.length - 1;
}

/** fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (tuple). */
function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: PyObject[]): void {
  for (let i = 0; i < n; i++) {
    if (instrs[start + i].op !== Op.LOAD_CONST) return;
  }
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(consts[instrs[start + i].arg]);
  const index = addConstTo(consts, new PyTuple(items));
  for (let i = 0; i < n; i++) instrs[start + i].op = Op.NOP;
  instrs[start + n].op = Op.LOAD_CONST;
  instrs[start + n].arg = index;
}

/** swaptimize: replace a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect. */
function swaptimize(b: BasicBlock, ix: number): number {
  const instrs = b.instrs;
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  // Simulate the permutation on [0, 1, ..., depth-1].
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.arg - 1];
      stack[ins.arg - 1] = top;
    }
  }
  // Rebuild it from the end of the run, one cycle at a time (each through position 0).
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--];
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    const ins = instrs[ix + current--];
    ins.op = Op.NOP;
  }
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

/** STORES_TO: the local a STORE_FAST writes, else -1. */
function storesTo(ins: Instr): number {
  return ins.op === Op.STORE_FAST ? ins.arg : -1;
}

/** next_swappable_instruction */
function nextSwappableInstruction(b: BasicBlock, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const ins = b.instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: SWAP then stores -> reordered stores. */
function applyStaticSwaps(b: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(b, k, lineno);
      if (k < 0) return;
    }
    // Not safe when both store to the same local, or something between them stores to
    // either one (`a, a = x, y` must leave y in a).
    const storeJ = storesTo(b.instrs[j]);
    const storeK = storesTo(b.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const st = storesTo(b.instrs[idx]);
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const tmp = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = tmp;
  }
}

const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, loc: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 }, except: null };

/** optimize_basic_block: the peephole optimiser. */
function optimizeBasicBlock(b: BasicBlock, consts: PyObject[]): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.arg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].op : 0;
    let target: Instr;
    if (isJumpOp(inst.op) || isBlockPush(inst.op)) {
      let t = inst.target!;
      while (t.instrs.length === 0) t = t.next!;
      inst.target = t;
      target = t.instrs[0];
    } else {
      target = NOP_INSTR;
    }
    switch (inst.op) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constTruth(consts[oparg]);
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) instrs[i + 1].op = Op.JUMP;
            else instrs[i + 1].op = Op.NOP;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constTruth(consts[oparg]);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrue === jumpIfTrue) {
              instrs[i + 1].op = Op.JUMP;
            } else {
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = consts[oparg];
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2].op : 0;
            if (cnt === None && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].arg;
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
              const invert = (nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0;
              instrs[i + 2].op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
          default:
            break;
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1].arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(instrs, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_FALSE);
            break;
          case Op.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP);
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Op.POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Op.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
          default:
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Op.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_TRUE);
            break;
          case Op.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP);
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Op.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
          default:
            break;
        }
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.op === Op.JUMP) i -= jumpThread(inst, target, inst.op);
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (instrs[i + 1].arg & 1) === 0) {
          inst.op = Op.NOP;
          inst.arg = 0;
          instrs[i + 1].arg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

/** clean_basic_block: remove NOPs that carry no line event of their own. */
export function cleanBasicBlock(b: BasicBlock): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const instrs = b.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const ins = instrs[src];
    const lineno = ins.loc.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno < 0 || nextLineno === lineno) {
          if (nextLineno < 0) copyLoc(ins, instrs[src + 1]);
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(ins);
    prevLineno = lineno;
  }
  b.instrs = out;
}

/** mark_reachable: count predecessors of every block reachable from the entry. */
function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [];
  entry.predecessors = 1;
  entry.visited = true;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) {
        b.next.visited = true;
        stack.push(b.next);
      }
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.visited = true;
          stack.push(t);
        }
        if (isBlockPush(ins.op)) t.exceptPredecessors++;
        t.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks */
function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    let next = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (const b of layout(entry)) {
    if (b.instrs.length === 0) continue;
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        let t = ins.target!;
        while (t.instrs.length === 0) t = t.next!;
        ins.target = t;
      }
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(c: Compiler, entry: BasicBlock, consts: PyObject[]): void {
  for (const b of layout(entry)) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b);
  }
  for (const b of creation(c)) extendBlock(b);
  markReachable(entry);
  for (const b of layout(entry)) {
    if (b.predecessors === 0) b.instrs = [];
  }
  eliminateEmptyBasicBlocks(entry);
  for (const b of layout(entry)) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (const b of layout(entry)) {
    const last = lastInstr(b);
    if (last && (last.op === Op.JUMP || last.op === Op.JUMP_NO_INTERRUPT) && last.target === b.next) {
      last.op = Op.NOP;
      last.target = null;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  if (!basicblockExitsScope(b)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

/** duplicate_exits_without_lineno */
export function duplicateExitsWithoutLineno(c: Compiler): void {
  for (const b of creation(c)) {
    const last = lastInstr(b);
    if (last && isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = c.newBlock();
        for (const ins of target.instrs) nt.instrs.push({ ...ins });
        copyLoc(last, nt.instrs[0]);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (const b of creation(c)) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (const b of creation(c)) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.instrs[b.instrs.length - 1], b.next.instrs[0]);
    }
  }
}

/** trim_unused_consts: drop unused constants from the end of co_consts. */
export function trimUnusedConsts(entry: BasicBlock, consts: PyObject[]): void {
  let max = 0;
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      if ((ins.op === Op.LOAD_CONST || ins.op === Op.KW_NAMES) && ins.arg > max) max = ins.arg;
    }
  }
  if (max + 1 < consts.length) consts.length = max + 1;
}

/** propagate_line_numbers */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    if (b.instrs.length === 0) continue;
    let prev: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
    for (const ins of b.instrs) {
      if (ins.loc.lineno < 0) ins.loc = prev;
      else prev = ins.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs.length && b.next.instrs[0].loc.lineno < 0) b.next.instrs[0].loc = prev;
    }
    const last = b.instrs[b.instrs.length - 1];
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    }
  }
}

/** guarantee_lineno_for_exits */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of layout(entry)) {
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const ins of b.instrs) ins.loc = { ...ins.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/** stackdepth: the maximum stack depth; records each block's depth on entry. */
export function stackdepth(entry: BasicBlock): number {
  for (const b of layout(entry)) b.startdepth = -1;
  const stack: BasicBlock[] = [];
  let maxdepth = 0;
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      if (b.startdepth >= 0 && b.startdepth !== depth) {
        throw new Error(`internal compiler error: inconsistent stack depth (${b.startdepth} vs ${depth})`);
      }
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instrs) {
      // RETURN_GENERATOR leaves the generator on the stack for the POP_TOP that follows
      // (CPython 3.11's compile-time stack_effect table says 0; its co_stacksize counts 1).
      const effect = ins.op === Op.RETURN_GENERATOR ? 1 : stackEffect(ins.op, ins.arg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(ins.op) || isScopeExit(ins.op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/** label_exception_targets: which handler covers each instruction. */
export function labelExceptionTargets(entry: BasicBlock): void {
  for (const b of layout(entry)) b.visited = false;
  const todo: BasicBlock[] = [];
  entry.exceptStack = [];
  entry.visited = true;
  todo.push(entry);
  while (todo.length) {
    const b = todo.pop()!;
    let exceptStack = b.exceptStack!;
    b.exceptStack = null;
    let handler: BasicBlock | null = exceptStack.length ? exceptStack[exceptStack.length - 1] : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = exceptStack.slice();
          t.visited = true;
          todo.push(t);
        }
        if (ins.op === Op.SETUP_WITH || ins.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        exceptStack.push(t);
        handler = t;
      } else if (ins.op === Op.POP_BLOCK) {
        exceptStack.pop();
        handler = exceptStack.length ? exceptStack[exceptStack.length - 1] : null;
      } else if (isJumpOp(ins.op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = exceptStack.slice();
          } else {
            t.exceptStack = exceptStack;
            exceptStack = [];
          }
          t.visited = true;
          todo.push(t);
        }
      } else {
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = exceptStack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

/** convert_exception_handlers_to_nops */
export function convertExceptionHandlersToNops(entry: BasicBlock): void {
  for (const b of layout(entry)) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op) || ins.op === Op.POP_BLOCK) {
        ins.op = Op.NOP;
        ins.target = null;
      }
    }
  }
}

/** normalize_jumps: virtual jumps become forward or backward opcodes by block order. */
export function normalizeJumps(entry: BasicBlock): void {
  for (const b of layout(entry)) b.visited = false;
  for (const b of layout(entry)) {
    b.visited = true;
    const last = lastInstr(b);
    if (last === null || !isJumpOp(last.op)) continue;
    const forward = !last.target!.visited;
    switch (last.op) {
      case Op.JUMP:
        last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case Op.JUMP_NO_INTERRUPT:
        last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        last.op = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        last.op = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        last.op = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        last.op = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      default:
        break;
    }
  }
}

