// Translator stage 3 and 4: the passes that work on the whole lowered function (dead-move
// elimination, jump threading), then register renumbering and encoding into RegCode.
//
// Dead-move elimination is a backward liveness analysis over the instruction-level control-flow
// graph, exception edges included (an instruction in a protected range flows to its handler).
// Only moves into stack or scratch registers are removed: a local's value can be observed by
// locals(), frame inspection or a traceback, so stores to locals always stay.

import { regWordsArena } from './regcode';
import { CodeObject, CO_VARARGS, CO_VARKEYWORDS } from '../frontend/code';
import { R, IS_MOVE, OPERAND_KINDS, instrBytes, isCallOp } from '../regvm/opcodes';
import { Analysis } from './analysis';
import { Lowered } from './lower';
import { RInstr, RegCode, RegHandler, PassSet, regCacheKey, regCacheId, DeadTemps } from './regcode';
import { readsOf, writesOf, jumpOperandIndex } from './effects';
import { returnClearEnd } from './retclear';
import { PyObject, PyFloat } from '../runtime/object';
import { AttrCache } from '../runtime/attrcache';
import { GlobalCache } from '../runtime/vmhelpers';

/** Instruction index each instruction may continue at (normal flow), block ids resolved. */
function successors(ins: RInstr[], blockStart: Int32Array, i: number): number[] {
  const x = ins[i];
  const info = OPERAND_KINDS[x.op];
  const out: number[] = [];
  const ji = info.indexOf('j');
  if (ji >= 0) out.push(blockStart[x.args[ji] as number]);
  const terminates = x.op === R.JUMP || x.op === R.RETURN_VALUE || x.op === R.RAISE_VARARGS || x.op === R.RERAISE;
  if (!terminates && i + 1 < ins.length) out.push(i + 1);
  return out;
}

function removeInstrs(low: Lowered, keep: Uint8Array): void {
  const n = low.instrs.length;
  const newIdx = new Int32Array(n + 1);
  let c = 0;
  for (let i = 0; i < n; i++) {
    newIdx[i] = c;
    if (keep[i]) c++;
  }
  newIdx[n] = c;
  low.instrs = low.instrs.filter((_x, i) => keep[i] === 1);
  for (let b = 0; b < low.blockStart.length; b++) if (low.blockStart[b] >= 0) low.blockStart[b] = newIdx[low.blockStart[b]];
}

/**
 * Backward liveness over the instruction-level control-flow graph (exception edges included):
 * live[i] = the registers live on entry to instruction i; succ[i] = where i may continue.
 */
function liveness(low: Lowered, a: Analysis): { live: Set<number>[]; succ: number[][] } {
  const handlerStart = (h: number): number => {
    const k = a.indexAt.get(a.handlers[h].target) as number;
    return low.blockStart[a.blockOf[k]];
  };
  const ins = low.instrs;
  const n = ins.length;
  const live: Set<number>[] = ins.map(() => new Set<number>());
  const succ = ins.map((_x, i) => {
    const s = successors(ins, low.blockStart, i);
    if (ins[i].handler >= 0) s.push(handlerStart(ins[i].handler));
    return s;
  });
  const reads = ins.map((x) => {
    const r = readsOf(x);
    return [...r.regs, ...r.unchecked];
  });
  const writes = ins.map((x) => writesOf(x, low.nlocalsplus));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      const s = live[i];
      const before = s.size;
      const outSet = new Set<number>();
      for (const j of succ[i]) if (j < n) for (const r of live[j]) outSet.add(r);
      for (const w of writes[i]) outSet.delete(w);
      for (const r of reads[i]) outSet.add(r);
      for (const r of outSet) s.add(r);
      if (s.size !== before) changed = true;
    }
  }
  return { live, succ };
}

/** 1 at every instruction index that starts a basic block (index ins.length included). */
function blockStartMask(low: Lowered): Uint8Array {
  const n = low.instrs.length;
  const mask = new Uint8Array(n + 1);
  for (const b of low.blockStart) if (b >= 0 && b <= n) mask[b] = 1;
  return mask;
}

/**
 * Calls passing another call's result, after which none of their stack/scratch operands (self, arguments) is read
 * again on any path: the VM clears those registers once it has taken the values, so that a
 * temporary does not keep a dead object alive during the next, possibly long, computation
 * (the stack VM pops them; M's measurement: binary_trees kept each previous tree alive
 * through the next one's construction). Returns, per instruction, 1 for such a call.
 */
function callsKillingTemps(low: Lowered, a: Analysis): Uint8Array {
  const ins = low.instrs;
  const out = new Uint8Array(ins.length);
  if (!ins.some((x) => isCallOp(x.op))) return out;
  const { live, succ } = liveness(low, a);
  // Only calls passing the result of another call (`check(make(d))`): such values are
  // typically new and possibly large, while clearing every dead argument would cost time on
  // every call (fib's `fib(n - 1)`: ~7% measured). The writer is searched backwards in the
  // same straight-line code (up to a jump target or a jump).
  const isBlockStart = blockStartMask(low);
  const resultOfCall = (i: number, r: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      const y = ins[j];
      if (jumpOperandIndex(y.op) >= 0 || y.op === R.RETURN_VALUE) return false;
      if (writesOf(y, low.nlocalsplus).includes(r)) return isCallOp(y.op);
      if (isBlockStart[j]) return false;
    }
    return false;
  };
  const isTemp = (r: number): boolean => r >= low.nlocalsplus && (r < low.constBase || r >= low.scratchBase);
  for (let i = 0; i < ins.length; i++) {
    const x = ins[i];
    if (!isCallOp(x.op)) continue;
    const dst = x.args[0] as number;
    // The destination is written when the call returns: an operand that is also the
    // destination only matters if the call raises into a handler of this frame. The callable
    // itself (a function, usually long-lived) is left alone (CALL_ATTR's object is the self of
    // the call, cleared like CALL_METHOD's; CALL_GLOBAL has no callable register).
    const fn = x.op === R.CALL || x.op === R.CALL_METHOD ? (x.args[1] as number) : -1;
    const temps = readsOf(x).regs.filter((r) => isTemp(r) && r !== fn && (r !== dst || x.handler >= 0));
    if (!temps.some((r) => resultOfCall(i, r))) continue;
    let dead = true;
    for (const j of succ[i]) {
      if (j >= ins.length) continue;
      for (const r of temps) if (live[j].has(r)) dead = false;
    }
    if (dead) out[i] = 1;
  }
  return out;
}

/** Remove moves into stack/scratch registers that no path reads before overwriting. */
export function deadMoves(low: Lowered, a: Analysis): number {
  let removed = 0;
  for (let round = 0; round < 4; round++) {
    const ins = low.instrs;
    const n = ins.length;
    const { live, succ } = liveness(low, a);
    // live[i] = live-in. A move is dead if its dst is not live-out.
    const keep = new Uint8Array(n).fill(1);
    let any = false;
    for (let i = 0; i < n; i++) {
      const x = ins[i];
      if (!IS_MOVE[x.op] || x.op === R.SWAP) continue;
      const dst = x.args[0] as number;
      if (dst < low.nlocalsplus) continue;
      let liveOut = false;
      for (const j of succ[i]) if (j < n && live[j].has(dst)) liveOut = true;
      if (!liveOut) {
        keep[i] = 0;
        any = true;
        removed++;
      }
    }
    if (!any) break;
    removeInstrs(low, keep);
  }
  return removed;
}

/**
 * A move into a temporary read only by the store right after it (pass deadmove): `MOVE t, s;
 * STORE_SUBSCR o, k, t` becomes `STORE_SUBSCR o, k, s` (and STORE_ATTR likewise): what an
 * augmented assignment to a subscript or attribute leaves (`b[3] -= dx * cm`: the stack code's
 * SWAPs before the store). t is a temporary that nothing reads after the store, nor the store's
 * handler; a move cannot raise, so the store still runs with the same values.
 */
export function forwardMovesIntoStores(low: Lowered, a: Analysis): number {
  const ins = low.instrs;
  let any = false;
  for (let i = 0; i + 1 < ins.length; i++) if (ins[i].op === R.MOVE && (ins[i + 1].op === R.STORE_SUBSCR || ins[i + 1].op === R.STORE_ATTR)) any = true;
  if (!any) return 0;
  const { live, succ } = liveness(low, a);
  const isBlockStart = blockStartMask(low);
  const keep = new Uint8Array(ins.length).fill(1);
  let count = 0;
  for (let i = 0; i + 1 < ins.length; i++) {
    const x = ins[i];
    const y = ins[i + 1];
    if (x.op !== R.MOVE || (y.op !== R.STORE_SUBSCR && y.op !== R.STORE_ATTR) || isBlockStart[i + 1]) continue;
    const t = x.args[0] as number;
    const src = x.args[1] as number;
    if (t < low.nlocalsplus || t === src) continue;
    // The value operand is the last; t must not also be the container, key or object.
    const vi = y.args.length - 1;
    if (y.args[vi] !== t || y.args.slice(0, vi).includes(t)) continue;
    if (succ[i + 1].some((s) => s < ins.length && live[s].has(t))) continue;
    y.args[vi] = src;
    keep[i] = 0;
    count++;
  }
  if (count > 0) removeInstrs(low, keep);
  return count;
}

/** Jump threading: a JUMP to a JUMP goes to the final target; a JUMP to the next instruction goes. */
export function threadJumps(low: Lowered): number {
  let count = 0;
  const firstOfBlock = (bid: number): RInstr | undefined => low.instrs[low.blockStart[bid]];
  for (const x of low.instrs) {
    const ji = jumpOperandIndex(x.op);
    if (ji < 0) continue;
    for (let hops = 0; hops < 8; hops++) {
      const t = firstOfBlock(x.args[ji] as number);
      if (t === undefined || t.op !== R.JUMP || t === x) break;
      const dest = t.args[0] as number;
      if (dest === x.args[ji]) break;
      x.args[ji] = dest;
      count++;
    }
  }
  const keep = new Uint8Array(low.instrs.length).fill(1);
  low.instrs.forEach((x, i) => {
    if (x.op === R.JUMP && low.blockStart[x.args[0] as number] === i + 1) {
      keep[i] = 0;
      count++;
    }
  });
  removeInstrs(low, keep);
  return count;
}

/** Instructions that only copy a value: they cannot raise or run Python code. */
function isPureMove(op: number): boolean {
  return op === R.MOVE || op === R.LOAD_CONST || op === R.LOAD_NULL;
}

/**
 * Call fusion (passes callattr and callglobal): `LOAD_METHOD m, s, o, name ... CALL_METHOD d, m, s,
 * kw, args` becomes `CALL_ATTR d, o, name, kw, args`, and `LOAD_GLOBAL f, name ... CALL d, f, kw,
 * args` becomes `CALL_GLOBAL d, name, kw, args` (Dalvik's invoke-virtual / invoke-static: the
 * callee found by the call instruction itself). Python looks the callee up BEFORE it evaluates
 * the arguments, so the fusion is made only where nothing between the two can raise or run code
 * (only MOVE / LOAD_CONST / LOAD_NULL, which is what copy propagation leaves when every argument
 * is a local or a constant), inside one basic block and one protected range, and where the
 * lookup's registers are dead after the call. Returns the number of fusions of each kind.
 */
export function fuseCalls(low: Lowered, a: Analysis, passes: PassSet): { callattr: number; callglobal: number } {
  const res = { callattr: 0, callglobal: 0 };
  const ins = low.instrs;
  const want = (x: RInstr): boolean => (passes.callattr && x.op === R.CALL_METHOD) || (passes.callglobal && x.op === R.CALL);
  if (!ins.some(want)) return res;
  const { live, succ } = liveness(low, a);
  const isBlockStart = blockStartMask(low);
  const keep = new Uint8Array(ins.length).fill(1);
  const liveOut = (j: number, r: number): boolean => {
    for (const k of succ[j]) if (k < ins.length && live[k].has(r)) return true;
    return false;
  };
  for (let j = 0; j < ins.length; j++) {
    const x = ins[j];
    if (!want(x)) continue;
    const isMethod = x.op === R.CALL_METHOD;
    const dst = x.args[0] as number;
    // The registers the lookup writes (the method and self, or the function).
    const looked = isMethod ? [x.args[1] as number, x.args[2] as number] : [x.args[1] as number];
    const args = x.args[isMethod ? 4 : 3] as number[];
    if (looked.some((r) => args.includes(r))) continue;
    if (looked.some((r) => r !== dst && liveOut(j, r))) continue;
    // Find the lookup: back through pure moves that neither read nor write its registers.
    if (isBlockStart[j]) continue;
    let i = j - 1;
    let found = -1;
    const touched: number[] = [];
    for (; i >= 0; i--) {
      const y = ins[i];
      if (isMethod && y.op === R.LOAD_METHOD && y.args[0] === looked[0] && y.args[1] === looked[1]) found = i;
      else if (!isMethod && y.op === R.LOAD_GLOBAL && y.args[0] === looked[0]) found = i;
      if (found >= 0 || !isPureMove(y.op) || isBlockStart[i]) break;
      const rw = [...readsOf(y).regs, ...writesOf(y, low.nlocalsplus)];
      if (rw.some((r) => looked.includes(r))) break;
      touched.push(...writesOf(y, low.nlocalsplus));
    }
    if (found < 0) continue;
    const y = ins[found];
    if (y.handler !== x.handler) continue;
    if (isMethod) {
      // The object is read at the call now: nothing in between may have replaced it.
      const obj = y.args[2] as number;
      if (touched.includes(obj)) continue;
      ins[j] = { op: R.CALL_ATTR, args: [dst, obj, y.args[3], x.args[3], args], src: x.src, handler: x.handler, lookupSrc: y.src };
      res.callattr++;
    } else {
      ins[j] = { op: R.CALL_GLOBAL, args: [dst, y.args[1], x.args[2], args], src: x.src, handler: x.handler, lookupSrc: y.src };
      res.callglobal++;
    }
    keep[found] = 0;
  }
  if (res.callattr + res.callglobal > 0) removeInstrs(low, keep);
  return res;
}

/**
 * Returns (pass retjump): `MOVE Rt, Rx; RETURN_VALUE Rt` with Rt a stack/scratch register becomes
 * `RETURN_VALUE Rx`, then a JUMP whose target starts with a RETURN_VALUE becomes a copy of it
 * (a function's `return` inside an if/else or loop reaches the one return at its end through a
 * JUMP in the stack code: one dispatch fewer per such return).
 */
export function returnJumps(low: Lowered): number {
  let count = 0;
  const ins = low.instrs;
  const isBlockStart = blockStartMask(low);
  const keep = new Uint8Array(ins.length).fill(1);
  for (let i = 0; i + 1 < ins.length; i++) {
    const x = ins[i];
    const r = ins[i + 1];
    if (x.op !== R.MOVE || r.op !== R.RETURN_VALUE || r.args[0] !== x.args[0] || (x.args[0] as number) < low.nlocalsplus) continue;
    ins[i] = { op: R.RETURN_VALUE, args: [x.args[1]], src: r.src, handler: x.handler };
    // The old return stays only if something jumps to it.
    if (!isBlockStart[i + 1]) keep[i + 1] = 0;
    count++;
  }
  removeInstrs(low, keep);
  for (let i = 0; i < low.instrs.length; i++) {
    const x = low.instrs[i];
    if (x.op !== R.JUMP) continue;
    const t = low.instrs[low.blockStart[x.args[0] as number]];
    if (t === undefined || t.op !== R.RETURN_VALUE) continue;
    low.instrs[i] = { op: R.RETURN_VALUE, args: [t.args[0]], src: t.src, handler: x.handler };
    count++;
  }
  return count;
}

/**
 * Loop inversion (pass loopinv): the JUMP at a loop's bottom back to its FOR_ITER, when the loop's
 * exit is the next instruction or a JUMP to the exit (a nested loop), becomes FOR_ITER_BACK (the
 * next item, then a jump to the body; falling through on exhaustion), so an iteration dispatches
 * one instruction instead of two. The FOR_ITER at the top stays for the first iteration (and for
 * `continue`).
 */
export function invertLoops(low: Lowered): number {
  let count = 0;
  const ins = low.instrs;
  const blockAt = new Map<number, number>();
  low.blockStart.forEach((s, b) => {
    if (s >= 0 && !blockAt.has(s)) blockAt.set(s, b);
  });
  for (let i = 0; i + 1 < ins.length; i++) {
    const x = ins[i];
    if (x.op !== R.JUMP) continue;
    const t = low.blockStart[x.args[0] as number];
    const fi = ins[t];
    if (fi === undefined || fi.op !== R.FOR_ITER || fi.handler !== x.handler) continue;
    // The loop's exit is the next instruction, or a JUMP there to the exit: an inner loop
    // whose exit the jumps pass threaded to the outer loop's FOR_ITER falls through to the
    // outer loop's back JUMP (inverted in turn, later in this scan).
    const exit = low.blockStart[fi.args[2] as number];
    if (exit !== i + 1) {
      const nx = ins[i + 1];
      if (nx.op !== R.JUMP || low.blockStart[nx.args[0] as number] !== exit || nx.handler !== x.handler) continue;
    }
    const body = blockAt.get(t + 1);
    if (body === undefined || t + 1 >= ins.length) continue;
    ins[i] = { op: R.FOR_ITER_BACK, args: [fi.args[0], fi.args[1], body], src: fi.src, handler: fi.handler };
    count++;
  }
  return count;
}

/** The conditional jumps before the fusing passes, each with its inverse (IS_JUMP, CONTAINS_JUMP: their xor operand flipped). */
const INVERSE_BRANCH: ReadonlyMap<number, number> = new Map([
  [R.JUMP_IF_FALSE, R.JUMP_IF_TRUE],
  [R.JUMP_IF_TRUE, R.JUMP_IF_FALSE],
  [R.JUMP_IF_NONE, R.JUMP_IF_NOT_NONE],
  [R.JUMP_IF_NOT_NONE, R.JUMP_IF_NONE],
  [R.CMP_JUMP_IF_FALSE, R.CMP_JUMP_IF_TRUE],
  [R.CMP_JUMP_IF_TRUE, R.CMP_JUMP_IF_FALSE],
  [R.IS_JUMP, R.IS_JUMP],
  [R.CONTAINS_JUMP, R.CONTAINS_JUMP],
]);

/** Straight-line instructions a branch tail may copy before its conditional jump. */
const TAIL_PREFIX_OPS: ReadonlySet<number> = new Set([R.MOVE, R.LOAD_CONST, R.BINARY_OP, R.COMPARE_OP, R.LOAD_ATTR, R.LOAD_GLOBAL, R.BINARY_SUBSCR]);
/** At most this many of them. */
const TAIL_PREFIX_MAX = 2;

function copyInstr(x: RInstr): RInstr {
  return { ...x, args: x.args.map((v) => (Array.isArray(v) ? v.slice() : v)) };
}

/**
 * Branch tails (pass jumps, after loopinv; the FOR_ITER case with loopinv): a JUMP to a block that
 * is at most TAIL_PREFIX_MAX straight-line instructions and a conditional jump is replaced by a
 * copy of them, the copied jump followed by a JUMP to the original's fall-through (its
 * instructions are the same, so the same results, errors and line numbers). The JUMP over an
 * else branch to `steps += 1; while n != 1` (collatz) is no dispatch on the path that loops.
 * When the original's fall-through is a loop's body above (a while loop's test at its top), the
 * copied jump is inverted, so the looping path is the jump. A JUMP to a FOR_ITER whose exit is
 * not after the JUMP (loopinv did not apply) becomes FOR_ITER_BACK and a JUMP to the exit.
 * Every path dispatches at most as many instructions as before; the looping one one less.
 */
export function duplicateBranchTails(low: Lowered, passes: PassSet): number {
  const ins = low.instrs;
  const n = ins.length;
  const blockAt = new Map<number, number>();
  low.blockStart.forEach((st, b) => {
    if (st >= 0 && !blockAt.has(st)) blockAt.set(st, b);
  });
  const newBlocks: number[] = [];
  const blockOfIndex = (k: number): number => {
    let b = blockAt.get(k);
    if (b === undefined) {
      b = low.blockStart.length + newBlocks.length;
      newBlocks.push(k);
      blockAt.set(k, b);
    }
    return b;
  };
  // The JUMP after a copied jump, or the RETURN_VALUE it would reach (pass retjump).
  const jumpTo = (b: number, x: RInstr): RInstr => {
    const r = ins[low.blockStart[b]];
    if (passes.retjump && r !== undefined && r.op === R.RETURN_VALUE) return copyInstr(r);
    return { op: R.JUMP, args: [b], src: x.src, handler: x.handler };
  };
  const out: RInstr[] = [];
  const newIdx = new Int32Array(n + 1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    newIdx[i] = out.length;
    const x = ins[i];
    if (x.op === R.JUMP) {
      const t = low.blockStart[x.args[0] as number];
      let m = 0;
      while (m < TAIL_PREFIX_MAX && t + m < n && TAIL_PREFIX_OPS.has(ins[t + m].op) && ins[t + m].handler === x.handler) m++;
      const c = ins[t + m];
      const fall = t + m + 1;
      if (c !== undefined && c.handler === x.handler && fall < n && t + m !== i) {
        if (passes.jumps && INVERSE_BRANCH.has(c.op)) {
          const ji = jumpOperandIndex(c.op);
          const taken = c.args[ji] as number;
          const copies = [];
          for (let k = 0; k < m; k++) copies.push(copyInstr(ins[t + k]));
          const cj = copyInstr(c);
          let other: number;
          if (low.blockStart[taken] > i && fall <= i) {
            // The fall-through is the loop: jump there, go on to the taken target.
            cj.op = INVERSE_BRANCH.get(c.op) as number;
            if (c.op === R.IS_JUMP || c.op === R.CONTAINS_JUMP) cj.args[2] = (cj.args[2] as number) ^ 1;
            cj.args[ji] = blockOfIndex(fall);
            other = taken;
          } else other = blockOfIndex(fall);
          copies.push(cj);
          if (low.blockStart[other] !== i + 1) copies.push(jumpTo(other, x));
          out.push(...copies);
          count++;
          continue;
        }
        if (passes.loopinv && m === 0 && c.op === R.FOR_ITER) {
          const exit = c.args[2] as number;
          out.push({ op: R.FOR_ITER_BACK, args: [c.args[0], c.args[1], blockOfIndex(t + 1)], src: c.src, handler: c.handler });
          if (low.blockStart[exit] !== i + 1) out.push(jumpTo(exit, x));
          count++;
          continue;
        }
      }
    }
    out.push(x);
  }
  if (count === 0) return 0;
  newIdx[n] = out.length;
  const bs = new Int32Array(low.blockStart.length + newBlocks.length);
  for (let b = 0; b < low.blockStart.length; b++) bs[b] = low.blockStart[b] >= 0 ? newIdx[low.blockStart[b]] : low.blockStart[b];
  for (let k = 0; k < newBlocks.length; k++) bs[low.blockStart.length + k] = newIdx[newBlocks[k]];
  low.instrs = out;
  low.blockStart = bs;
  return count;
}

const ATTR_JUMP_SENSE: ReadonlyMap<number, number> = new Map([
  [R.JUMP_IF_FALSE, 0],
  [R.JUMP_IF_TRUE, 1],
  [R.JUMP_IF_NONE, 2],
  [R.JUMP_IF_NOT_NONE, 3],
]);

/** An opcode, or a set (or map keyed by opcode) of the opcodes a window position takes. */
type OpMatch = number | { has(op: number): boolean };

/** liveness()'s answer, as a window fuser sees it. */
interface Liveness {
  live: Set<number>[];
  succ: number[][];
}

/** Whether any of `regs` may be read after instruction k, on any path (its handler's included). */
function readAfter(lv: Liveness, k: number, regs: number[]): boolean {
  return lv.succ[k].some((s) => s < lv.live.length && regs.some((r) => lv.live[s].has(r)));
}

/**
 * The frame every peephole fusion below shares. Each window of instructions whose opcodes
 * match `ops` in order, adjacent, in one basic block (no block starts inside it: nothing jumps
 * into its middle) and in one protected range, is offered to `fuse` with its first index; a
 * non-null answer replaces the window's last instruction and the others are removed, so a jump
 * to the window's first instruction lands on the fused one. Windows do not overlap: the scan
 * goes on after a fused window. With `a`, the liveness of the function before any fusion is
 * computed once and passed on (fusers test that their temporaries are dead after the window).
 */
function fuseWindows(low: Lowered, a: Analysis | null, ops: readonly OpMatch[], fuse: (w: RInstr[], i: number, lv: Liveness) => RInstr | null): number {
  const ins = low.instrs;
  const n = ops.length;
  const matches = (i: number): boolean => {
    for (let j = 0; j < n; j++) {
      const m = ops[j];
      const op = ins[i + j].op;
      if (typeof m === 'number' ? m !== op : !m.has(op)) return false;
    }
    return true;
  };
  let any = false;
  for (let i = 0; i + n <= ins.length && !any; i++) any = matches(i);
  if (!any) return 0;
  const lv: Liveness = a !== null ? liveness(low, a) : { live: [], succ: [] };
  const isBlockStart = blockStartMask(low);
  const keep = new Uint8Array(ins.length).fill(1);
  let count = 0;
  for (let i = 0; i + n <= ins.length; i++) {
    if (!matches(i)) continue;
    let joined = true;
    for (let j = 1; j < n; j++) if (isBlockStart[i + j] || ins[i + j].handler !== ins[i].handler) joined = false;
    if (!joined) continue;
    const fused = fuse(ins.slice(i, i + n), i, lv);
    if (fused === null) continue;
    ins[i + n - 1] = fused;
    for (let j = 0; j < n - 1; j++) keep[i + j] = 0;
    count++;
    i += n - 1;
  }
  if (count > 0) removeInstrs(low, keep);
  return count;
}

/**
 * Attribute tests (pass attrjump): `LOAD_ATTR t, o, name; JUMP_IF_<sense> t, L` with t a
 * temporary read by nothing else becomes `ATTR_JUMP o, name, sense, L` (`if self.x:`,
 * `if node.left is None:`, `while t.link is not None:`). The two are adjacent and in one block
 * and protected range, so nothing runs between them; the attribute's errors keep the
 * LOAD_ATTR's position (lookupSrc, as the fused calls).
 */
export function fuseAttrJumps(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.LOAD_ATTR, ATTR_JUMP_SENSE], ([x, j], i, lv) => {
    const t = x.args[0] as number;
    if (t < low.nlocalsplus || j.args[0] !== t || readAfter(lv, i + 1, [t])) return null;
    const sense = ATTR_JUMP_SENSE.get(j.op) as number;
    return { op: R.ATTR_JUMP, args: [x.args[1], x.args[2], sense, j.args[1]], src: j.src, handler: j.handler, lookupSrc: x.src };
  });
}

/**
 * Method calls of one computed argument (part of the callattr pass): `LOAD_METHOD m, s, o, name;
 * BINARY_OP t, x, y, op; CALL_METHOD d, m, s, kw, [t]` (nqueens' `diag1.add(row + col)`),
 * adjacent, in one block and protected range, becomes `CALL_ATTR_BINARY_OP d, o, name, t, x, y,
 * op, kw, [t]`. fuseCalls cannot take it: Python looks the method up before it evaluates the
 * argument, and the operation may raise or run code. This instruction does the three in order.
 * m, s and t are temporaries, m and s read by nothing after the call (the handler included:
 * the fused instruction no longer writes them), the operation reads neither, and t is not o.
 * Errors: the lookup at operand word 1, the operation at word 4, the call at pc.
 */
function fuseCallAttrOps(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.LOAD_METHOD, R.BINARY_OP, R.CALL_METHOD], ([x, y, z], i, lv) => {
    const m = x.args[0] as number;
    const s = x.args[1] as number;
    const o = x.args[2] as number;
    const t = y.args[0] as number;
    const bx = y.args[1] as number;
    const by = y.args[2] as number;
    const d = z.args[0] as number;
    const args = z.args[4] as number[];
    if (m < low.nlocalsplus || s < low.nlocalsplus || t < low.nlocalsplus || m === s) return null;
    if (z.args[1] !== m || z.args[2] !== s || args.length !== 1 || args[0] !== t) return null;
    if (t === o || t === m || t === s || bx === m || bx === s || by === m || by === s) return null;
    if (readAfter(lv, i + 2, [m, s].filter((r) => r !== d))) return null;
    return {
      op: R.CALL_ATTR_BINARY_OP, args: [d, o, x.args[3], t, bx, by, y.args[3], z.args[3], args] as (number | number[])[],
      src: z.src, handler: z.handler, lookupSrc: x.src, lookupSrc4: y.src,
    };
  });
}

/**
 * Global operands (pass globalop): `LOAD_GLOBAL g, name` directly followed by a BINARY_OP (in one
 * block and protected range) becomes `GLOBAL_BINARY_OP g, name, <the BINARY_OP's operands>`: the
 * lookup still comes first, so this is exact whatever the operation runs, unlike a CALL_GLOBAL
 * across the BINARY_OP (fib's `LOAD_GLOBAL fib; BINARY_OP n - 1; CALL`, see fuseCalls).
 */
export function fuseGlobalOps(low: Lowered): number {
  return fuseWindows(low, null, [R.LOAD_GLOBAL, R.BINARY_OP], ([x, y]) => ({
    op: R.GLOBAL_BINARY_OP, args: [x.args[0], x.args[1], ...y.args], src: y.src, handler: y.handler, lookupSrc: x.src,
  }));
}

/**
 * isinstance calls (part of the callglobal pass): `LOAD_GLOBAL f, isinstance; LOAD_GLOBAL g, T;
 * CALL d, f, -, [v, g]` (json_codec's `isinstance(value, int)`), adjacent, in one block and
 * protected range, f and g temporaries read by nothing after the call, v neither of them, becomes
 * `ISINSTANCE_GLOBAL d, isinstance, v, T`. fuseCalls cannot take it (the type's lookup lies
 * between the callee's and the call, and moving the callee's after it would change which
 * NameError a program missing both names gets); this instruction does the two lookups in source
 * order, then the call. The name only chooses the sites: the VM tests that the callee found is
 * the built-in isinstance before its inline type test and calls anything else as CALL would.
 * Errors: the first lookup at operand word 1, the second at word 3, the call at pc.
 */
function fuseIsinstanceCalls(low: Lowered, a: Analysis): number {
  const names = a.code.co_names;
  return fuseWindows(low, a, [R.LOAD_GLOBAL, R.LOAD_GLOBAL, R.CALL], ([x, y, z], i, lv) => {
    if (names[x.args[1] as number] !== 'isinstance') return null;
    const fr = x.args[0] as number;
    const g = y.args[0] as number;
    const d = z.args[0] as number;
    const args = z.args[3] as number[];
    if (fr < low.nlocalsplus || g < low.nlocalsplus || fr === g) return null;
    if (z.args[1] !== fr || (z.args[2] as number) >= 0 || args.length !== 2 || args[1] !== g) return null;
    const v = args[0];
    if (v === fr || v === g) return null;
    if (readAfter(lv, i + 2, [fr, g].filter((r) => r !== d))) return null;
    return { op: R.ISINSTANCE_GLOBAL, args: [d, x.args[1], v, y.args[1]] as number[], src: z.src, handler: z.handler, lookupSrc: x.src, lookupSrc3: y.src };
  });
}

/**
 * `BINARY_SUBSCR t, c, k; BINARY_SUBSCR u, c2, k2; BINARY_OP2 d, t, x, u, op1, op2, 1; STORE_SUBSCR
 * c, k, d` becomes `SUBSCR2_OP2_STORE c, k, x, c2, k2, op1, op2` (nbody's `b[0] += dt * b[3]`:
 * SUBSCR_OP2_STORE's form with the inner operation's right operand a second subscript, which
 * runs between the first subscript and the operations, as the separate instructions run it).
 * The four are adjacent, in one block and protected range; t, u and d are temporaries read by
 * nothing after them (the handler included), the second subscript reads neither c's element t
 * nor writes c or k, and x is neither temporary. Errors: the first subscript at operand word 1,
 * the second at word 2, the inner operation at word 3, the outer one at word 4, the store at pc.
 */
function fuseSubscr2Op2Stores(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.BINARY_SUBSCR, R.BINARY_SUBSCR, R.BINARY_OP2, R.STORE_SUBSCR], ([w, x, y, z], i, lv) => {
    const t = w.args[0] as number;
    const c = w.args[1] as number;
    const k = w.args[2] as number;
    const u = x.args[0] as number;
    const c2 = x.args[1] as number;
    const k2 = x.args[2] as number;
    const d = y.args[0] as number;
    const xo = y.args[2] as number;
    if (t < low.nlocalsplus || u < low.nlocalsplus || d < low.nlocalsplus || t === u) return null;
    if (t === c || t === k || u === c || u === k || d === c || d === k || c2 === t || k2 === t) return null;
    // BINARY_OP2 d, t, x, u, op1, op2, 1: t <op2> (x <op1> u).
    if (y.args[6] !== 1 || y.args[1] !== t || y.args[3] !== u || xo === t || xo === u) return null;
    if (z.args[0] !== c || z.args[1] !== k || z.args[2] !== d) return null;
    if (readAfter(lv, i + 3, [t, u, d])) return null;
    const args = [c, k, xo, c2, k2, y.args[4], y.args[5]] as number[];
    return { op: R.SUBSCR2_OP2_STORE, args, src: z.src, handler: z.handler, lookupSrc: w.src, lookupSrc2: x.src, lookupSrc3: y.lookupSrc, lookupSrc4: y.src };
  });
}

/**
 * Attribute operands (pass attrop): `LOAD_ATTR t1, o1, n1; LOAD_ATTR t2, o2, n2; BINARY_OP d,
 * t1, t2, op` with t1, t2 temporaries read by nothing else becomes `ATTR_BINARY_OP d, o1, n1, o2,
 * n2, op` (`self.x - other.x`, `self.x * other.x`). The three are adjacent, in one block and
 * protected range, and run in the same order; each lookup's errors keep its LOAD_ATTR's position
 * (the first and second operand words), the operation's the BINARY_OP's.
 */
export function fuseAttrOps(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.LOAD_ATTR, R.LOAD_ATTR, R.BINARY_OP], ([x, y, z], i, { live, succ }) => {
    const t1 = x.args[0] as number;
    const t2 = y.args[0] as number;
    if (t1 < low.nlocalsplus || t2 < low.nlocalsplus || t1 === t2) return null;
    if (y.args[1] === t1 || z.args[1] !== t1 || z.args[2] !== t2) return null;
    const d = z.args[0] as number;
    // The fused instruction writes neither temporary: none may be read after it, nor by the
    // handler of the second lookup or of the operation (where the unfused code had set them).
    const zs = succ[i + 2];
    const zHandler = z.handler >= 0 ? zs[zs.length - 1] : -1;
    if (zHandler >= 0 && zHandler < live.length && (live[zHandler].has(t1) || live[zHandler].has(t2))) return null;
    const liveIn = (k: number, t: number): boolean => readAfter({ live, succ }, k, [t]);
    if ((t1 !== d && liveIn(i + 2, t1)) || (t2 !== d && liveIn(i + 2, t2))) return null;
    if (succ[i + 1].some((s) => s !== i + 2 && s < live.length && live[s].has(t1))) return null;
    return { op: R.ATTR_BINARY_OP, args: [d, x.args[1], x.args[2], y.args[1], y.args[2], z.args[3]], src: z.src, handler: z.handler, lookupSrc: x.src, lookupSrc2: y.src };
  });
}

/**
 * Augmented attribute stores (pass attrop): `LOAD_ATTR t, o, n; BINARY_OP d, t, x, op; STORE_ATTR
 * o, n, d` with op + or - (in place or not) becomes `ATTR_OP_STORE o, n, x, op` (`self.pos += 1`,
 * `self.count -= 1`, and `o.y = o.y + 2` alike). The three are adjacent, in one block and protected range, and run in the same
 * order; t and d are temporaries read by nothing after the triple (the handler included: the
 * three share it, and it is among the STORE_ATTR's successors), o is written by none of the
 * three and x is not the loaded value. The lookup's errors keep the LOAD_ATTR's position (the
 * first operand word), the operation's the BINARY_OP's (the second), the store's its own (pc).
 */
/** The BINARY_OP opargs ATTR_OP_STORE takes: + and - (in place or not), the ones it computes inline. */
const ATTR_STORE_OPS = new Set([0, 13, 10, 23]);

export function fuseAttrOpStores(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.LOAD_ATTR, R.BINARY_OP, R.STORE_ATTR], ([x, y, z], i, lv) => {
    const t = x.args[0] as number;
    const o = x.args[1] as number;
    const d = y.args[0] as number;
    if (t < low.nlocalsplus || d < low.nlocalsplus || t === o || d === o) return null;
    if (y.args[1] !== t || y.args[2] === t || !ATTR_STORE_OPS.has(y.args[3] as number)) return null;
    if (z.args[0] !== o || z.args[1] !== x.args[2] || z.args[2] !== d) return null;
    if (readAfter(lv, i + 2, [t, d])) return null;
    return { op: R.ATTR_OP_STORE, args: [o, x.args[2], y.args[2], y.args[3]] as number[], src: z.src, handler: z.handler, lookupSrc: x.src, lookupSrc2: y.src };
  });
}

/** The BINARY_OP opargs the binop2 pass fuses: + - * / and their in-place forms. */
const BINOP2_OPS = new Set([0, 13, 10, 23, 5, 18, 11, 24]);

/**
 * Whether operands look like int arithmetic: an int (or bool) constant among them and no float
 * constant (`h * 31 + b`, `i + 1 < n`). The binop2 pass leaves those unfused: the loop's
 * BINARY_OP computes small ints inline, the fused instructions through a call (support.ts), which
 * measured 15-20% slower on an int chain; on floats the call saves the intermediate objects.
 */
function intLike(low: Lowered, a: Analysis, regs: (number | number[])[], intTemps?: Set<number>): boolean {
  let int = false;
  for (const r of regs) {
    if (typeof r !== 'number') continue;
    if (intTemps !== undefined && intTemps.has(r)) int = true;
    if (r < low.constBase || r >= low.scratchBase) continue;
    const v = a.code.co_consts[r - low.constBase];
    if (v instanceof PyFloat) return false;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') int = true;
  }
  return int;
}

/**
 * Arithmetic chains (pass binop2): `BINARY_OP t, b, c, op1; BINARY_OP d, t, x, op2` becomes
 * `BINARY_OP2 d, b, c, x, op1, op2, 0` and `BINARY_OP t, b, c, op1; BINARY_OP d, x, t, op2`
 * becomes `BINARY_OP2 d, x, b, c, op1, op2, 1`, with t a temporary read by nothing after the
 * pair (nor by the handler of the second operation), op1 and op2 among + - * / (in-place
 * forms included). The two are adjacent, in one block and protected range, and run in the same
 * order; the first operation's errors keep its position (the first operand word), the second's
 * the instruction's. The VM computes a pair on exact floats and small ints without the
 * intermediate object (regvm/support.ts numOp2), else runs the two operations as BINARY_OP does.
 * Likewise a BINARY_OP whose temporary result is an operand of the CMP_JUMP_IF_FALSE/TRUE after
 * it becomes OP_CMP_JUMP (`zr2 + zi2 > 4.0`; the comparison's errors at the jump's position).
 */
export function fuseBinaryOps(low: Lowered, a: Analysis): number {
  const ins = low.instrs;
  let any = false;
  for (let i = 0; i + 1 < ins.length; i++) {
    const y = ins[i + 1].op;
    if (ins[i].op === R.BINARY_OP && (y === R.BINARY_OP || y === R.CMP_JUMP_IF_FALSE || y === R.CMP_JUMP_IF_TRUE)) any = true;
  }
  if (!any) return 0;
  const { live, succ } = liveness(low, a);
  const isBlockStart = blockStartMask(low);
  // intOps[i]: operation or comparison i looks like int arithmetic (intLike), counting as ints
  // the temporaries that such operations wrote earlier in the block (`(t * 31 + j) + i`).
  const intOps = new Uint8Array(ins.length);
  const intTemps = new Set<number>();
  for (let i = 0; i < ins.length; i++) {
    if (isBlockStart[i]) intTemps.clear();
    const x = ins[i];
    if (x.op === R.BINARY_OP || x.op === R.CMP_JUMP_IF_FALSE || x.op === R.CMP_JUMP_IF_TRUE) {
      const operands = x.op === R.BINARY_OP ? [x.args[1], x.args[2]] : [x.args[0], x.args[1]];
      if (intLike(low, a, operands, intTemps)) intOps[i] = 1;
    }
    for (const r of writesOf(x, low.nlocalsplus)) intTemps.delete(r);
    if (x.op === R.BINARY_OP && intOps[i] === 1 && (x.args[0] as number) >= low.nlocalsplus) intTemps.add(x.args[0] as number);
  }
  const keep = new Uint8Array(ins.length).fill(1);
  let count = 0;
  for (let i = 0; i + 1 < ins.length; i++) {
    const x = ins[i];
    const y = ins[i + 1];
    if (x.op !== R.BINARY_OP || isBlockStart[i + 1] || x.handler !== y.handler || intOps[i] === 1 || intOps[i + 1] === 1) continue;
    const op1 = x.args[3] as number;
    const t = x.args[0] as number;
    if (!BINOP2_OPS.has(op1) || t < low.nlocalsplus) continue;
    if (y.op === R.CMP_JUMP_IF_FALSE || y.op === R.CMP_JUMP_IF_TRUE) {
      // `BINARY_OP t, a, b, op; CMP_JUMP_IF_* t, c, cmp, L` (or c, t): OP_CMP_JUMP a, b, c, op, cmp, flags, L.
      const l = y.args[0] as number;
      const r = y.args[1] as number;
      if ((l === t) === (r === t)) continue;
      if (succ[i + 1].some((s) => s < ins.length && live[s].has(t))) continue;
      const flags = (r === t ? 1 : 0) | (y.op === R.CMP_JUMP_IF_TRUE ? 2 : 0);
      ins[i + 1] = { op: R.OP_CMP_JUMP, args: [x.args[1], x.args[2], l === t ? r : l, op1, y.args[2], flags, y.args[3]], src: y.src, handler: y.handler, lookupSrc: x.src };
      keep[i] = 0;
      count++;
      i++;
      continue;
    }
    if (y.op !== R.BINARY_OP) continue;
    const op2 = y.args[3] as number;
    if (!BINOP2_OPS.has(op2)) continue;
    const l = y.args[1] as number;
    const r = y.args[2] as number;
    let shape: number;
    if (l === t && r !== t) shape = 0;
    else if (r === t && l !== t) shape = 1;
    else continue;
    const d = y.args[0] as number;
    // The fused instruction does not write t: nothing may read it after the pair, nor the
    // handler of the second operation (where the unfused code had set it).
    const ys = succ[i + 1];
    const yHandler = y.handler >= 0 ? ys[ys.length - 1] : -1;
    if (yHandler >= 0 && yHandler < ins.length && live[yHandler].has(t)) continue;
    if (t !== d && ys.some((s) => s < ins.length && live[s].has(t))) continue;
    const args = shape === 0 ? [d, x.args[1], x.args[2], r, op1, op2, 0] : [d, l, x.args[1], x.args[2], op1, op2, 1];
    ins[i + 1] = { op: R.BINARY_OP2, args: args as number[], src: y.src, handler: y.handler, lookupSrc: x.src };
    keep[i] = 0;
    count++;
    i++;
  }
  if (count > 0) removeInstrs(low, keep);
  const op3 = fuseBinaryOp3(low, a);
  return count + op3 + fuseSubscrOp2Stores(low, a) + fuseSubscr2Op2Stores(low, a);
}

/**
 * An augmented assignment to a subscript whose value is a BINARY_OP2 (`b[3] -= dx * cm`):
 * `BINARY_SUBSCR t, c, k; BINARY_OP2 d, t, x, y, op1, op2, 1; STORE_SUBSCR c, k, d` becomes
 * `SUBSCR_OP2_STORE c, k, x, y, op1, op2`, with t and d temporaries read by nothing after the
 * triple nor by its handler, c and k written by none of the three (t, d are neither), x and y
 * not t. The three are adjacent, in one block and protected range, and run in the same order;
 * each keeps its traceback position: the subscript at the first operand word, the inner
 * operation at the second, the outer one at the third, the store at the instruction's. The VM
 * checks the list and the index once and, on three exact floats, allocates one float
 * (regvm/eval.ts); otherwise it runs the three steps as the separate instructions do.
 */
function fuseSubscrOp2Stores(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.BINARY_SUBSCR, R.BINARY_OP2, R.STORE_SUBSCR], ([x, y, z], i, lv) => {
    const t = x.args[0] as number;
    const c = x.args[1] as number;
    const k = x.args[2] as number;
    const d = y.args[0] as number;
    if (t < low.nlocalsplus || d < low.nlocalsplus) return null;
    if (t === c || t === k || d === c || d === k) return null;
    // BINARY_OP2 d, t, x', y', op1, op2, 1: t <op2> (x' <op1> y').
    if (y.args[6] !== 1 || y.args[1] !== t || y.args[2] === t || y.args[3] === t) return null;
    if (z.args[0] !== c || z.args[1] !== k || z.args[2] !== d) return null;
    // Neither temporary is written by the fused instruction: no successor of the triple may
    // read them, the handler included (the three share it, and it is among the STORE_SUBSCR's
    // successors), where the separate instructions had set them.
    if (readAfter(lv, i + 2, [t, d])) return null;
    const args = [c, k, y.args[2], y.args[3], y.args[4], y.args[5]] as number[];
    return { op: R.SUBSCR_OP2_STORE, args, src: z.src, handler: z.handler, lookupSrc: x.src, lookupSrc2: y.lookupSrc, lookupSrc3: y.src };
  });
}

/**
 * `BINARY_OP2 t, ...; BINARY_OP d, t, x, op3` (or d, x, t) with t a temporary read by nothing
 * after the pair nor by the handler: `BINARY_OP3 d, <BINARY_OP2's operands>, x, op3, side`
 * (`2.0 * zr * zi + ci`). The three operations keep their order and traceback positions (the
 * first and second operand words, then the instruction's).
 */
function fuseBinaryOp3(low: Lowered, a: Analysis): number {
  return fuseWindows(low, a, [R.BINARY_OP2, R.BINARY_OP], ([x, y], i, { live, succ }) => {
    const op3 = y.args[3] as number;
    const t = x.args[0] as number;
    if (!BINOP2_OPS.has(op3) || t < low.nlocalsplus) return null;
    const l = y.args[1] as number;
    const r = y.args[2] as number;
    if ((l === t) === (r === t)) return null;
    if (intLike(low, a, [x.args[1], x.args[2], x.args[3], l === t ? r : l])) return null;
    const d = y.args[0] as number;
    const ys = succ[i + 1];
    const yHandler = y.handler >= 0 ? ys[ys.length - 1] : -1;
    if (yHandler >= 0 && yHandler < live.length && live[yHandler].has(t)) return null;
    if (t !== d && ys.some((s) => s < live.length && live[s].has(t))) return null;
    const args = [d, ...x.args.slice(1), l === t ? r : l, op3, l === t ? 0 : 1] as number[];
    return { op: R.BINARY_OP3, args, src: y.src, handler: y.handler, lookupSrc: x.lookupSrc, lookupSrc2: x.src };
  });
}

/** Renumber scratch and constant registers into a dense file and encode. */
export function encode(low: Lowered, a: Analysis, passes: PassSet): RegCode {
  const code: CodeObject = a.code;
  if (passes.deadmove) low.counts.deadmove += deadMoves(low, a) + forwardMovesIntoStores(low, a);
  if (passes.callglobal) low.counts.callglobal += fuseIsinstanceCalls(low, a);
  if (passes.callattr || passes.callglobal) {
    const fused = fuseCalls(low, a, passes);
    low.counts.callattr += fused.callattr;
    low.counts.callglobal += fused.callglobal;
  }
  if (passes.callattr) low.counts.callattr += fuseCallAttrOps(low, a);
  if (passes.jumps) low.counts.jumps += threadJumps(low);
  if (passes.retjump) low.counts.retjump += returnJumps(low);
  if (passes.loopinv) low.counts.loopinv += invertLoops(low);
  if (passes.jumps || passes.loopinv) low.counts.jumps += duplicateBranchTails(low, passes);
  if (passes.attrjump) low.counts.attrjump += fuseAttrJumps(low, a);
  if (passes.globalop) low.counts.globalop += fuseGlobalOps(low);
  if (passes.attrop) low.counts.attrop += fuseAttrOps(low, a) + fuseAttrOpStores(low, a);
  if (passes.binop2) low.counts.binop2 += fuseBinaryOps(low, a);

  const kills = callsKillingTemps(low, a);
  const nl = low.nlocalsplus;
  const S = low.stackSize;
  const scratch0 = nl + S;
  const usedConsts: number[] = [];
  const constMap = new Map<number, number>();
  const mapReg = (r: number): number => {
    if (r < low.constBase) return r;
    if (r >= low.scratchBase) return scratch0 + (r - low.scratchBase);
    let m = constMap.get(r);
    if (m === undefined) {
      m = usedConsts.length;
      constMap.set(r, m);
      usedConsts.push(r - low.constBase);
    }
    return -1 - m; // placeholder, fixed below once the number of scratch registers is known
  };
  const constBaseFinal = scratch0 + low.nscratch;
  const fix = (r: number): number => (r < 0 ? constBaseFinal + (-1 - r) : r);

  // First pass: sizes and starts.
  const starts = new Int32Array(low.instrs.length);
  let words = 0;
  for (let i = 0; i < low.instrs.length; i++) {
    starts[i] = words;
    words += 1;
    const x = low.instrs[i];
    if (x.args.length !== OPERAND_KINDS[x.op].length) throw new Error(`translator bug: operand count of ${x.op}`);
    for (const v of x.args) words += Array.isArray(v) ? 1 + v.length : 1;
  }
  const endWord = words;
  const wordOfBlock = (bid: number): number => {
    const i = low.blockStart[bid];
    return i < low.instrs.length ? starts[i] : endWord;
  };
  const out = new Int32Array(words);
  const srcOffset = new Int32Array(low.instrs.length);
  const offsetAtWord = new Int32Array(words);
  for (let i = 0; i < low.instrs.length; i++) {
    const x = low.instrs[i];
    const kinds = OPERAND_KINDS[x.op];
    let p = starts[i];
    out[p++] = x.op;
    for (let k = 0; k < kinds.length; k++) {
      const v = x.args[k];
      switch (kinds[k]) {
        case 'w':
        case 'r':
          out[p++] = fix(mapReg(v as number));
          break;
        case 'o':
          out[p++] = (v as number) < 0 ? -1 : fix(mapReg(v as number));
          break;
        case 'j':
          out[p++] = wordOfBlock(v as number);
          break;
        case 'l':
        case 'L': {
          const list = v as number[];
          out[p++] = list.length;
          for (const r of list) out[p++] = fix(mapReg(r));
          break;
        }
        case 'k':
        case 'n':
        case 'i':
          out[p++] = v as number;
          break;
        default: {
          const never: never = kinds[k] as never;
          throw new Error(`bad operand kind ${String(never)}`);
        }
      }
    }
    srcOffset[i] = a.instrs[x.src].offset;
    for (let w = starts[i]; w < p; w++) offsetAtWord[w] = srcOffset[i];
    // A fused call's lookup raises with the pc on its first operand word (regvm/eval.ts).
    if (x.lookupSrc !== undefined) offsetAtWord[starts[i] + 1] = a.instrs[x.lookupSrc].offset;
    if (x.lookupSrc2 !== undefined) offsetAtWord[starts[i] + 2] = a.instrs[x.lookupSrc2].offset;
    if (x.lookupSrc3 !== undefined) offsetAtWord[starts[i] + 3] = a.instrs[x.lookupSrc3].offset;
    if (x.lookupSrc4 !== undefined) offsetAtWord[starts[i] + 4] = a.instrs[x.lookupSrc4].offset;
  }
  const nregs = constBaseFinal + usedConsts.length;
  // The VM's inline caches, made here rather than on first execution (as the stack VM makes
  // its caches at decode, stackvm/frame.ts): the eval loop then has no `new AttrCache()`
  // allocation site (each one was inlined into the loop from TurboFan's inlining budget, A's
  // measurement) and the array is packed (built by push, every slot written). Calls whose dead
  // temporaries the VM clears have the list of those registers at the word after their opcode
  // (DeadTemps; none when every operand is a local or a constant).
  const inline: unknown[] = [];
  for (let k = 0; k < words; k++) inline.push(undefined);
  for (let i = 0; i < low.instrs.length; i++) {
    const op = low.instrs[i].op;
    if (op === R.LOAD_GLOBAL || op === R.CALL_GLOBAL || op === R.GLOBAL_BINARY_OP) inline[starts[i]] = new GlobalCache();
    else if (op === R.ISINSTANCE_GLOBAL) {
      // (the callee's lookup at pc, the type's at pc + 2: vm.cold's LOAD_GLOBAL reads the name
      // two words after the cache's index)
      inline[starts[i]] = new GlobalCache();
      inline[starts[i] + 2] = new GlobalCache();
    }
    else if (op === R.LOAD_ATTR || op === R.LOAD_METHOD || op === R.STORE_ATTR || op === R.CALL_ATTR || op === R.CALL_ATTR_BINARY_OP || op === R.ATTR_JUMP) inline[starts[i]] = new AttrCache();
    else if (op === R.ATTR_BINARY_OP || op === R.ATTR_OP_STORE) {
      // (ATTR_OP_STORE: the lookup's cache, then the store's.)
      inline[starts[i]] = new AttrCache();
      inline[starts[i] + 1] = new AttrCache();
    }
    if (kills[i] !== 0) {
      const dead = deadTemps(out, starts[i], nl, constBaseFinal);
      if (dead.length > 0) inline[starts[i] + 1] = dead;
    }
  }
  // Built by push, not `new Array(n).fill(...)`: that array (and every frame's slice of it)
  // has HOLEY elements, and each register read of the eval loop then carries a hole check.
  const template: (PyObject | null | undefined)[] = [];
  for (let r = 0; r < nregs; r++) template.push(undefined);
  usedConsts.forEach((k, m) => {
    // A constant tuple's items already have V8's generic elements kind (frontend/code.ts's
    // CodeObject constructor gives them it, for both VMs).
    template[constBaseFinal + m] = code.co_consts[k];
  });

  // Exception table: runs of instructions with the same handler.
  const handlers: RegHandler[] = [];
  let i = 0;
  while (i < low.instrs.length) {
    const h = low.instrs[i].handler;
    let j = i;
    while (j < low.instrs.length && low.instrs[j].handler === h) j++;
    if (h >= 0) {
      const he = a.handlers[h];
      const tk = a.indexAt.get(he.target) as number;
      handlers.push({
        start: starts[i],
        end: j < low.instrs.length ? starts[j] : endWord,
        target: wordOfBlock(a.blockOf[tk]),
        depth: he.depth,
        lasti: he.lasti,
      });
    }
    i = j;
  }

  let bytes = 0;
  for (const s of starts) bytes += instrBytes(out, s);
  let stackInstructions = 0;
  for (const si of a.instrs) stackInstructions += 1 + si.prefixes;
  // The words the register loop runs go into the register VM's words arena (the loop reads them
  // through one global array: runtime/words_arena.ts); `exec` is a view of them.
  const quickened = quickenable(out, starts);
  const wbase = regWordsArena.reserve(quickened.length);
  const exec = regWordsArena.words().subarray(wbase, wbase + quickened.length);
  exec.set(quickened);
  return {
    code,
    words: quickened === out ? exec : out,
    exec,
    wbase,
    starts,
    srcOffset,
    offsetAtWord,
    handlers,
    nlocalsplus: nl | 0,
    nregs: nregs | 0,
    template,
    stackInstructions,
    stackBytes: code.co_code.length,
    bytes,
    passes: low.counts,
    inline,
    // Small integers (Smis) in every numeric field the VM reads: see lower.ts's `S`.
    constStart: constBaseFinal | 0,
    returnClear: returnClearEnd(out, starts, handlers, inline, nl, constBaseFinal) | 0,
    freeFrame: null,
    freeCount: 0,
    passKey: regCacheKey(passes),
    passId: regCacheId(regCacheKey(passes)),
    simpleArgc: code.co_kwonlyargcount === 0 && (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 ? code.co_argcount | 0 : -1,
  };
}

/**
 * RegCode.exec: a copy of `words` with the BINARY_OPs and ATTR_BINARY_OPs of binary operators
 * 0..12 other than ** (8) in their _ADAPTIVE forms (regvm/eval.ts rewrites each on its first
 * run); `words` itself when there is none.
 */
function quickenable(words: Int32Array, starts: Int32Array): Int32Array {
  let exec: Int32Array | null = null;
  for (const s of starts) {
    const op = words[s];
    const oparg = op === R.BINARY_OP ? words[s + 4] : op === R.ATTR_BINARY_OP ? words[s + 6] : -1;
    if (oparg < 0 || oparg > 12 || oparg === 8) continue;
    if (exec === null) exec = words.slice();
    exec[s] = op === R.BINARY_OP ? R.BINARY_OP_ADAPTIVE : R.ATTR_BINARY_OP_ADAPTIVE;
  }
  return exec ?? words;
}

/**
 * The stack and scratch registers among the self and argument operands of the encoded call at
 * `pc` (layouts: CALL d f kw l; CALL_METHOD d f self kw l; CALL_ATTR d obj name kw l;
 * CALL_GLOBAL d name kw l; CALL_ATTR_BINARY_OP d obj name t x y op kw l), each once: what the VM clears after reading them. Locals
 * (below `nl`) and constant registers (from `constStart`) are never cleared.
 */
function deadTemps(words: Int32Array, pc: number, nl: number, constStart: number): DeadTemps {
  const op = words[pc];
  const regs: number[] = [];
  const add = (r: number): void => {
    if (r >= nl && r < constStart && !regs.includes(r)) regs.push(r);
  };
  let p = op === R.CALL_GLOBAL ? pc + 2 : pc + 3;
  if (op === R.CALL_METHOD || op === R.CALL_ATTR) {
    add(words[op === R.CALL_METHOD ? p : pc + 2]);
    p++;
  } else if (op === R.CALL_ATTR_BINARY_OP) {
    add(words[pc + 2]);
    p = pc + 8;
  }
  p++; // keyword names
  const n = words[p++];
  for (let i = 0; i < n; i++) add(words[p + i]);
  return Int32Array.from(regs);
}

